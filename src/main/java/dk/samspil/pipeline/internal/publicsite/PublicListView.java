package dk.samspil.pipeline.internal.publicsite;

import dk.samspil.codelists.CpvCatalogue;
import dk.samspil.pipeline.EntryPresenter;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementProcedure;
import dk.samspil.pipeline.ValueBand;
import dk.samspil.platform.CompiledTemplates;
import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.Texts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * The public list's values worked out in Java before rendering: one {@link ResultRow} per shown entry and one
 * {@link ListOption} per filter value, so the template reads plain properties instead of evaluating a few hundred
 * presenter calls, message look-ups and comparisons per page (they were most of an uncached page's cost).
 */
@Component
class PublicListView {

    private final EntryPresenter presenter;
    private final DanishFormats formats;
    private final MessageSource messages;
    private final CpvCatalogue cpv;
    private final CompiledTemplates templates;

    PublicListView(
            EntryPresenter presenter,
            DanishFormats formats,
            MessageSource messages,
            CpvCatalogue cpv,
            CompiledTemplates templates) {
        this.templates = templates;
        this.presenter = presenter;
        this.formats = formats;
        this.messages = messages;
        this.cpv = cpv;
    }

    /** Everything the search form and the results show; {@code chosenName} names a chosen unit with no entries. */
    SearchView of(
            ProcurementQuery query,
            ProcurementPage page,
            List<ExpectedPeriod> quarters,
            @Nullable String firstPageUrl,
            String alertUrl,
            String contextPath,
            Locale locale,
            Function<String, Optional<String>> chosenName) {
        ProcurementPage.Facets facets = page.facets();
        long shownFrom = page.items().isEmpty() ? 0 : page.firstItem();
        return new SearchView(
                new Texts(messages, locale),
                contextPath + SearchForm.PATH,
                query.text(),
                divisions(query, facets, locale),
                buyingUnits(query, facets, chosenName),
                quarters(quarters, query, facets, locale),
                valueBands(query, locale),
                procedures(query, locale),
                sorts(query, locale),
                query.smeOnly(),
                query.consortiaOnly(),
                page.total(),
                page.totalCapped(),
                page.total() > page.pageSize() && !page.items().isEmpty(),
                shownFrom,
                shownFrom + page.items().size() - 1,
                contextPath + (firstPageUrl == null ? SearchForm.PATH : firstPageUrl),
                contextPath + alertUrl,
                contextPath + SearchForm.url(query.withTable(false)),
                contextPath + SearchForm.url(query.withTable(true)),
                query.table(),
                rows(page, contextPath, locale));
    }

    /** The heading, lead and search form as escaped HTML (a compiled template: see {@link CompiledTemplates}). */
    String searchFormHtml(SearchView view) {
        return templates.render("pipeline/search-form.jte", view);
    }

    /** The result count, the save-as-alert bar and the shown entries, list or table, as escaped HTML. */
    String resultsHtml(SearchView view) {
        return templates.render("pipeline/results.jte", view);
    }

    private List<ResultRow> rows(ProcurementPage page, String contextPath, Locale locale) {
        List<ResultRow> rows = new ArrayList<>(page.items().size());
        for (PlannedProcurement p : page.items()) {
            String path = SearchForm.PATH + "/" + UriUtils.encodePathSegment(p.reference(), StandardCharsets.UTF_8);
            rows.add(new ResultRow(
                    contextPath + path,
                    page.markedTitle(p),
                    p.reference(),
                    p.buyingUnitName(),
                    presenter.period(p.details().expectedPublication(), locale),
                    presenter.value(p.details().value(), locale),
                    presenter.status(p.status(), locale),
                    p.details().smeSuitable(),
                    p.details().consortiaOpen(),
                    p.lastChangedAt() == null
                            ? null
                            : messages.getMessage(
                                    "pipeline.public.lastChanged",
                                    new Object[] {formats.shortDate(p.lastChangedAt(), locale)},
                                    locale),
                    page.snippet(p)));
        }
        return rows;
    }

    /** CPV divisions that show something, and the chosen one even when it shows nothing. */
    private List<ListOption> divisions(ProcurementQuery query, ProcurementPage.Facets facets, Locale locale) {
        List<ListOption> options = new ArrayList<>();
        cpv.divisions().forEach(d -> {
            String code = d.code().value().substring(0, 2);
            if (facets.division(code) > 0 || code.equals(query.cpvDivision())) {
                options.add(new ListOption(
                        code,
                        code + " " + d.label(locale) + " (" + facets.division(code) + ")",
                        code.equals(query.cpvDivision())));
            }
        });
        return options;
    }

    /**
     * Buying units that show something, by name, and the chosen one even when it shows nothing (then by the name
     * {@code chosenName} gives, which asks the organisation: the only case that needs it).
     */
    private List<ListOption> buyingUnits(
            ProcurementQuery query, ProcurementPage.Facets facets, Function<String, Optional<String>> chosenName) {
        List<ListOption> options = new ArrayList<>();
        String chosen = query.buyingUnit() == null ? null : query.buyingUnit().toUpperCase(Locale.ROOT);
        facets.unitNames()
                .forEach((code, name) ->
                        options.add(new ListOption(code, name + " (" + facets.unit(code) + ")", code.equals(chosen))));
        if (chosen != null && !facets.unitNames().containsKey(chosen)) {
            chosenName.apply(chosen).ifPresent(name -> options.add(new ListOption(chosen, name + " (0)", true)));
        }
        options.sort(Comparator.comparing(ListOption::label, String.CASE_INSENSITIVE_ORDER));
        return options;
    }

    private List<ListOption> quarters(
            List<ExpectedPeriod> quarters, ProcurementQuery query, ProcurementPage.Facets facets, Locale locale) {
        List<ListOption> options = new ArrayList<>();
        for (ExpectedPeriod q : quarters) {
            boolean chosen = q.equals(query.expected());
            if (facets.quarter(q) > 0 || chosen) {
                options.add(
                        new ListOption(q.code(), presenter.period(q, locale) + " (" + facets.quarter(q) + ")", chosen));
            }
        }
        return options;
    }

    private List<ListOption> valueBands(ProcurementQuery query, Locale locale) {
        List<ListOption> options = new ArrayList<>();
        for (ValueBand band : ValueBand.values()) {
            options.add(new ListOption(
                    band.name(),
                    messages.getMessage("pipeline.valueBand." + band, null, locale),
                    band == query.valueBand()));
        }
        return options;
    }

    private List<ListOption> procedures(ProcurementQuery query, Locale locale) {
        List<ListOption> options = new ArrayList<>();
        for (ProcurementProcedure procedure : ProcurementProcedure.values()) {
            options.add(new ListOption(
                    procedure.name(), presenter.procedure(procedure, locale), procedure == query.procedure()));
        }
        return options;
    }

    private List<ListOption> sorts(ProcurementQuery query, Locale locale) {
        List<ProcurementSort> sorts = query.text() == null
                ? List.of(ProcurementSort.EXPECTED, ProcurementSort.VALUE, ProcurementSort.CHANGED)
                : List.of(ProcurementSort.values());
        return sorts.stream()
                .map(s -> new ListOption(
                        s.name(),
                        messages.getMessage("pipeline.public.sort." + s, null, locale),
                        Objects.equals(s, query.sort())))
                .toList();
    }
}
