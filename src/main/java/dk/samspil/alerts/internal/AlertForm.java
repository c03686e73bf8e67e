package dk.samspil.alerts.internal;

import dk.samspil.platform.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.validation.BindingResult;

/**
 * The subscription form (new and edit). Lists are typed as text: CPV codes separated by spaces or commas,
 * keywords separated by commas, amounts in kroner with or without thousands separators.
 */
class AlertForm {

    private String email;
    private String name;
    private String companyCvr;
    private String cpvCodes;
    private String keywords;
    private String excludedKeywords;
    private List<String> buyingUnits = new ArrayList<>();
    private String minValueDkk;
    private String maxValueDkk;
    private boolean smeSuitableOnly;
    private List<String> notifyOn = new ArrayList<>(NotifyOn.names());
    private String frequency = Frequency.IMMEDIATE.name();
    private String language = "da";

    static AlertForm of(Subscriber subscriber, Criteria criteria) {
        AlertForm form = new AlertForm();
        form.email = subscriber.email();
        form.name = subscriber.name();
        form.companyCvr = subscriber.companyCvr();
        form.language = subscriber.language();
        form.cpvCodes = String.join(", ", criteria.cpvCodes());
        form.keywords = String.join(", ", criteria.keywords());
        form.excludedKeywords = String.join(", ", criteria.excludedKeywords());
        form.buyingUnits = new ArrayList<>(criteria.buyingUnits());
        form.minValueDkk =
                criteria.minValueDkk() == null ? null : criteria.minValueDkk().toPlainString();
        form.maxValueDkk =
                criteria.maxValueDkk() == null ? null : criteria.maxValueDkk().toPlainString();
        form.smeSuitableOnly = criteria.smeSuitableOnly();
        form.notifyOn = new ArrayList<>(criteria.notifyOn());
        form.frequency = criteria.frequency();
        return form;
    }

    /** The criteria as typed; amounts that are not numbers are reported on {@code errors} and left out. */
    Criteria criteria(BindingResult errors) {
        return new Criteria(
                split(cpvCodes, "[\\s,;]+"),
                keywords == null ? List.of() : List.of(keywords),
                excludedKeywords == null ? List.of() : List.of(excludedKeywords),
                buyingUnits,
                amount("minValueDkk", minValueDkk, errors),
                amount("maxValueDkk", maxValueDkk, errors),
                smeSuitableOnly,
                notifyOn,
                frequency);
    }

    SubscriptionRequest request(BindingResult errors) {
        return new SubscriptionRequest(email, name, companyCvr, language, criteria(errors));
    }

    private static List<String> split(String text, String separators) {
        return text == null
                ? List.of()
                : Arrays.stream(text.strip().split(separators))
                        .filter(s -> !s.isBlank())
                        .toList();
    }

    private static BigDecimal amount(String field, String text, BindingResult errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<BigDecimal> amount = Numbers.amount(text);
        if (amount.isEmpty()) {
            errors.rejectValue(field, "alerts.error.value.invalid");
        }
        return amount.orElse(null);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCompanyCvr() {
        return companyCvr;
    }

    public void setCompanyCvr(String companyCvr) {
        this.companyCvr = companyCvr;
    }

    public String getCpvCodes() {
        return cpvCodes;
    }

    public void setCpvCodes(String cpvCodes) {
        this.cpvCodes = cpvCodes;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public String getExcludedKeywords() {
        return excludedKeywords;
    }

    public void setExcludedKeywords(String excludedKeywords) {
        this.excludedKeywords = excludedKeywords;
    }

    public List<String> getBuyingUnits() {
        return buyingUnits;
    }

    public void setBuyingUnits(List<String> buyingUnits) {
        this.buyingUnits = buyingUnits == null ? new ArrayList<>() : buyingUnits;
    }

    public String getMinValueDkk() {
        return minValueDkk;
    }

    public void setMinValueDkk(String minValueDkk) {
        this.minValueDkk = minValueDkk;
    }

    public String getMaxValueDkk() {
        return maxValueDkk;
    }

    public void setMaxValueDkk(String maxValueDkk) {
        this.maxValueDkk = maxValueDkk;
    }

    public boolean isSmeSuitableOnly() {
        return smeSuitableOnly;
    }

    public void setSmeSuitableOnly(boolean smeSuitableOnly) {
        this.smeSuitableOnly = smeSuitableOnly;
    }

    public List<String> getNotifyOn() {
        return notifyOn;
    }

    public void setNotifyOn(List<String> notifyOn) {
        this.notifyOn = notifyOn == null ? new ArrayList<>() : notifyOn;
    }

    public String getFrequency() {
        return frequency;
    }

    public void setFrequency(String frequency) {
        this.frequency = frequency;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
