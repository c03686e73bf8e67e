package dk.samspil.pipeline.internal.staff;

import dk.samspil.pipeline.EntryPresenter;
import dk.samspil.pipeline.ProcurementChange;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The change log as people read it: each changed field and its values through the {@link EntryPresenter}. */
@Component
class HistoryText {

    private final EntryPresenter presenter;

    HistoryText(EntryPresenter presenter) {
        this.presenter = presenter;
    }

    record Entry(
            Instant changedAt,
            ProcurementChange.Kind kind,
            boolean material,
            String reason,
            List<EntryPresenter.Change> changes) {}

    List<Entry> of(List<ProcurementChange> history) {
        Locale locale = LocaleContextHolder.getLocale();
        return history.stream()
                .map(c -> new Entry(
                        c.changedAt(),
                        c.kind(),
                        c.material(),
                        c.reason(),
                        c.changes().stream()
                                .map(f -> presenter.change(f, locale))
                                .toList()))
                .toList();
    }
}
