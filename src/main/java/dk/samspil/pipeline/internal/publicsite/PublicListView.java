package dk.samspil.pipeline.internal.publicsite;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import dk.samspil.codelists.CpvCatalogue;
import dk.samspil.pipeline.EntryPresenter;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementProcedure;
import dk.samspil.pipeline.ValueBand;
import dk.samspil.platform.DanishFormats;

/**
 * The public list's values worked out in Java before rendering: one {@link Row} per shown entry and one
 * {@link Option} per filter value, so the template reads plain properties instead of evaluating a few hundred
 * presenter calls, message look-ups and comparisons per page (they were most of an uncached page's cost).
 */
@Component
class PublicListView {

    /** One shown entry, every value as text in the reader's language; {@code titleHtml} and {@code snippetHtml} are escaped HTML. */
    public record Row(String path, String titleHtml, String reference, String buyingUnit, String period, String value,
                      String status, boolean sme, boolean consortia, String lastChanged, String snippetHtml) {
    }

    /** One value of a filter or sort choice. */
    public record Option(String value, String label, boolean selected) {
    }

    private final EntryPresenter presenter;
    private final DanishFormats formats;
    private final MessageSource messages;
    private final CpvCatalogue cpv;

    PublicListView(EntryPresenter presenter, DanishFormats formats, MessageSource messages, CpvCatalogue cpv) {
        this.presenter = presenter;
        this.formats = formats;
        this.messages = messages;
        this.cpv = cpv;
    }

    List<Row> rows(ProcurementPage page, Locale locale) {
        List<Row> rows = new ArrayList<>(page.items().size());
        for (PlannedProcurement p : page.items()) {
            rows.add(new Row(SearchForm.PATH + "/" + UriUtils.encodePathSegment(p.reference(), StandardCharsets.UTF_8), page.markedTitle(p), p.reference(),
                    p.buyingUnitName(), presenter.period(p.details().expectedPublication(), locale),
                    presenter.value(p.details().value(), locale), presenter.status(p.status(), locale),
                    p.details().smeSuitable(), p.details().consortiaOpen(),
                    p.lastChangedAt() == null ? null : messages.getMessage("pipeline.public.lastChanged",
                            new Object[] {formats.shortDate(p.lastChangedAt(), locale)}, locale),
                    page.snippet(p)));
        }
        return rows;
    }

    /** CPV divisions that show something, and the chosen one even when it shows nothing. */
    List<Option> divisions(ProcurementQuery query, ProcurementPage.Facets facets, Locale locale) {
        List<Option> options = new ArrayList<>();
        cpv.divisions().forEach(d -> {
            String code = d.code().value().substring(0, 2);
            if (facets.division(code) > 0 || code.equals(query.cpvDivision())) {
                options.add(new Option(code, code + " " + d.label(locale) + " (" + facets.division(code) + ")",
                        code.equals(query.cpvDivision())));
            }
        });
        return options;
    }

    /**
     * Buying units that show something, by name, and the chosen one even when it shows nothing (then by the name
     * {@code chosenName} gives, which asks the organisation: the only case that needs it).
     */
    List<Option> buyingUnits(ProcurementQuery query, ProcurementPage.Facets facets,
                             Function<String, Optional<String>> chosenName) {
        List<Option> options = new ArrayList<>();
        String chosen = query.buyingUnit() == null ? null : query.buyingUnit().toUpperCase(Locale.ROOT);
        facets.unitNames().forEach((code, name) -> options.add(
                new Option(code, name + " (" + facets.unit(code) + ")", code.equals(chosen))));
        if (chosen != null && !facets.unitNames().containsKey(chosen)) {
            chosenName.apply(chosen).ifPresent(name -> options.add(new Option(chosen, name + " (0)", true)));
        }
        options.sort(Comparator.comparing(Option::label, String.CASE_INSENSITIVE_ORDER));
        return options;
    }

    List<Option> quarters(List<ExpectedPeriod> quarters, ProcurementQuery query, ProcurementPage.Facets facets,
                          Locale locale) {
        List<Option> options = new ArrayList<>();
        for (ExpectedPeriod q : quarters) {
            boolean chosen = q.equals(query.expected());
            if (facets.quarter(q) > 0 || chosen) {
                options.add(new Option(q.code(), presenter.period(q, locale) + " (" + facets.quarter(q) + ")", chosen));
            }
        }
        return options;
    }

    List<Option> valueBands(ProcurementQuery query, Locale locale) {
        List<Option> options = new ArrayList<>();
        for (ValueBand band : ValueBand.values()) {
            options.add(new Option(band.name(), messages.getMessage("pipeline.valueBand." + band, null, locale),
                    band == query.valueBand()));
        }
        return options;
    }

    List<Option> procedures(ProcurementQuery query, Locale locale) {
        List<Option> options = new ArrayList<>();
        for (ProcurementProcedure procedure : ProcurementProcedure.values()) {
            options.add(new Option(procedure.name(), presenter.procedure(procedure, locale),
                    procedure == query.procedure()));
        }
        return options;
    }

    List<Option> sorts(ProcurementQuery query, Locale locale) {
        List<ProcurementSort> sorts = query.text() == null
                ? List.of(ProcurementSort.EXPECTED, ProcurementSort.VALUE, ProcurementSort.CHANGED)
                : List.of(ProcurementSort.values());
        return sorts.stream().map(s -> new Option(s.name(),
                messages.getMessage("pipeline.public.sort." + s, null, locale), Objects.equals(s, query.sort())))
                .toList();
    }
}
