package dk.samspil.companies;

import java.util.Set;

/**
 * Extension point of the company register: a module that knows which companies are interested in purchases (alert
 * subscriptions, expressions of interest) answers by CVR number, so the register can find "companies interested in
 * purchases in CPV X" without depending on that module.
 */
public interface CompanyInterestSource {

    /**
     * The CVR numbers (8 digits) of the companies interested in purchases whose CPV code begins with
     * {@code cpvPrefix} (one to eight digits, without check digit), or that are interested in a wider CPV area holding
     * such purchases.
     */
    Set<String> interestedIn(String cpvPrefix);
}
