package dk.samspil.pipeline.internal.publicsite;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import dk.samspil.pipeline.ValueBand;
import dk.samspil.pipeline.internal.procurement.ProcurementRepository;

/**
 * The SQL of one public search: the shared WHERE clause with its parameters, the page query and a capped count.
 * Only the page query ranks, and only when relevance is asked for; the default order walks the
 * {@code (expected_from, id)} index and stops after one page.
 */
final class SearchSql {

    private static final String TSQUERY = "websearch_to_tsquery('danish', :text)";

    private final ProcurementQuery query;
    private final String where;
    private final MapSqlParameterSource params = new MapSqlParameterSource();

    SearchSql(ProcurementQuery query) {
        this.query = query;
        List<String> conditions = new ArrayList<>();
        conditions.add("p.status <> 'DRAFT'");
        if (query.text() != null) {
            conditions.add("p.search_vector @@ " + TSQUERY);
            params.addValue("text", query.text());
        }
        if (query.cpvDivision() != null) {
            conditions.add("p.cpv_divisions @> ARRAY[CAST(:division AS TEXT)]");
            params.addValue("division", query.cpvDivision());
        }
        if (query.buyingUnit() != null) {
            conditions.add("p.buying_unit_id IN (SELECT id FROM buying_unit WHERE lower(code) = lower(:unit))");
            params.addValue("unit", query.buyingUnit());
        }
        if (query.expected() != null) {
            conditions.add("p.expected_from <= :periodTo AND p.expected_to >= :periodFrom");
            params.addValue("periodFrom", query.expected().from());
            params.addValue("periodTo", query.expected().to());
        }
        if (query.valueBand() == ValueBand.UNKNOWN) {
            conditions.add("p.value_kind = 'UNKNOWN'");
        } else if (query.valueBand() != null) {
            if (query.valueBand().lowerInclusive() != null) {
                conditions.add("p.value_max_dkk >= :valueFrom");
                params.addValue("valueFrom", query.valueBand().lowerInclusive());
            }
            if (query.valueBand().upperExclusive() != null) {
                conditions.add("p.value_max_dkk < :valueTo");
                params.addValue("valueTo", query.valueBand().upperExclusive());
            }
        }
        if (query.procedure() != null) {
            conditions.add("p.procedure = :procedure");
            params.addValue("procedure", query.procedure().name());
        }
        if (query.smeOnly()) {
            conditions.add("p.sme_suitable");
        }
        if (query.consortiaOnly()) {
            conditions.add("p.consortia_open");
        }
        where = " WHERE " + String.join(" AND ", conditions);
    }

    String page(int size) {
        params.addValue("limit", size);
        params.addValue("offset", (query.page() - 1) * size);
        return ProcurementRepository.SELECT + where + " ORDER BY " + order() + " LIMIT :limit OFFSET :offset";
    }

    /** Counts at most {@link ProcurementPage#COUNT_LIMIT} matches, so a broad search never counts the whole table. */
    String cappedCount() {
        params.addValue("countLimit", ProcurementPage.COUNT_LIMIT);
        return "SELECT count(*) FROM (SELECT 1 FROM planned_procurement p" + where + " LIMIT :countLimit) matches";
    }

    MapSqlParameterSource params() {
        return params;
    }

    private String order() {
        return switch (query.sort()) {
            case RELEVANCE -> "ts_rank_cd(p.search_vector, " + TSQUERY + ") DESC, p.expected_from, p.id";
            case CHANGED -> "p.last_changed_at DESC NULLS LAST, p.id DESC";
            case EXPECTED -> "p.expected_from, p.id";
        };
    }
}
