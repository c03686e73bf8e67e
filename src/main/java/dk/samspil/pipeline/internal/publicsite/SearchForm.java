package dk.samspil.pipeline.internal.publicsite;

import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.ProcurementProcedure;
import dk.samspil.pipeline.ValueBand;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The public list's GET parameters, exactly as sent. Unknown or malformed values are ignored rather than refused,
 * so an old or hand-edited link still shows a list; {@link #canonical(ProcurementQuery)} gives the one URL form
 * of a search (fixed parameter order, defaults left out) that every link on the page uses.
 */
record SearchForm(
        String q,
        String cpv,
        String enhed,
        String kvartal,
        String vaerdi,
        String udbudsform,
        String smv,
        String konsortier,
        String sortering,
        String side,
        String visning) {

    /** The value of {@code visning} that shows the results as a table. */
    static final String TABLE = "tabel";

    static final String PATH = "/kommende-indkob";

    ProcurementQuery toQuery() {
        return new ProcurementQuery(
                q,
                cpv,
                enhed,
                ExpectedPeriod.parse(kvartal).orElse(null),
                parse(ValueBand.class, vaerdi),
                parse(ProcurementProcedure.class, udbudsform),
                yes(smv),
                yes(konsortier),
                parse(ProcurementSort.class, sortering),
                page(side),
                visning != null && TABLE.equalsIgnoreCase(visning.strip()));
    }

    /** The parameters of a search in their canonical order, without defaults. */
    static Map<String, String> canonical(ProcurementQuery query) {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "q", query.text());
        put(params, "cpv", query.cpvDivision());
        put(params, "enhed", query.buyingUnit());
        put(
                params,
                "kvartal",
                query.expected() == null ? null : query.expected().code());
        put(
                params,
                "vaerdi",
                query.valueBand() == null ? null : query.valueBand().name());
        put(
                params,
                "udbudsform",
                query.procedure() == null ? null : query.procedure().name());
        put(params, "smv", query.smeOnly() ? "ja" : null);
        put(params, "konsortier", query.consortiaOnly() ? "ja" : null);
        put(
                params,
                "sortering",
                query.sort() == ProcurementSort.EXPECTED ? null : query.sort().name());
        put(params, "side", query.page() == 1 ? null : String.valueOf(query.page()));
        put(params, "visning", query.table() ? TABLE : null);
        return params;
    }

    /** The query string of a search ({@code null} for the plain list), encoded as browsers encode GET forms. */
    static String queryString(ProcurementQuery query) {
        StringJoiner joined = new StringJoiner("&");
        canonical(query)
                .forEach((name, value) -> joined.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return joined.length() == 0 ? null : joined.toString();
    }

    static String url(ProcurementQuery query) {
        String queryString = queryString(query);
        return queryString == null ? PATH : PATH + "?" + queryString;
    }

    private static void put(Map<String, String> params, String name, String value) {
        if (value != null) {
            params.put(name, value);
        }
    }

    private static boolean yes(String value) {
        return value != null
                && Arrays.asList("ja", "true", "on", "1").contains(value.strip().toLowerCase());
    }

    private static int page(String value) {
        if (value == null || !value.strip().matches("\\d{1,6}")) {
            return 1;
        }
        return Integer.parseInt(value.strip());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElse(null);
    }
}
