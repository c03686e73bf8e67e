package dk.samspil.pipeline.internal.publicsite;

import dk.samspil.platform.Texts;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the public list's search form and results show, worked out in Java ({@link PublicListView}) for the
 * compiled templates {@code pipeline/search-form.jte} and {@code pipeline/results.jte}. URLs include the context path.
 */
public record SearchView(
        Texts t,
        String listPath,
        @Nullable String text,
        List<ListOption> divisions,
        List<ListOption> buyingUnits,
        List<ListOption> quarters,
        List<ListOption> valueBands,
        List<ListOption> procedures,
        List<ListOption> sorts,
        boolean smeOnly,
        boolean consortiaOnly,
        long total,
        boolean totalCapped,
        boolean paged,
        long shownFrom,
        long shownTo,
        String firstPageUrl,
        String alertUrl,
        String listUrl,
        String tableUrl,
        boolean table,
        List<ResultRow> rows) {}
