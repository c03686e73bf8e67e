package dk.samspil.organisation.internal;

import dk.samspil.organisation.Municipality;
import dk.samspil.organisation.OrganisationProperties;
import dk.samspil.organisation.OrganisationService;
import dk.samspil.platform.ExpiringCache;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The municipality as every page's header and footer show it, read at most once per
 * {@code samspil.organisation.layout-cache-ttl}: one query less per page view.
 */
@Component
class LayoutMunicipality {

    private final OrganisationService organisation;
    private final ExpiringCache<Boolean, Optional<Municipality>> cache;

    LayoutMunicipality(OrganisationService organisation, OrganisationProperties properties) {
        this.organisation = organisation;
        this.cache = new ExpiringCache<>(properties.layoutCacheTtl(), 1);
    }

    Optional<Municipality> get() {
        return cache.get(true, key -> organisation.municipality());
    }

    /** Forgets the kept municipality once the current transaction has committed (at once without one). */
    void forgetAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cache.clear();
                }
            });
        } else {
            cache.clear();
        }
    }
}
