package dk.samspil.pipeline.internal.procurement;

import dk.samspil.pipeline.EntryPresenter;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.platform.AuditVocabulary;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A planned procurement on the audit log reads as on its history page: field names and values by the presenter. */
@Component
class ProcurementAuditVocabulary implements AuditVocabulary {

    private final EntryPresenter presenter;

    ProcurementAuditVocabulary(EntryPresenter presenter) {
        this.presenter = presenter;
    }

    @Override
    public String entityType() {
        return ProcurementService.ENTITY;
    }

    @Override
    public String field(String field, Locale locale) {
        return presenter.field(field, locale);
    }

    @Override
    public String value(String field, @Nullable String value, Locale locale) {
        return presenter.changeValue(field, value, locale);
    }
}
