package dk.samspil.alerts.internal.staff;

import dk.samspil.codelists.CpvCatalogue;
import dk.samspil.codelists.CpvCode;
import dk.samspil.organisation.BuyingUnit;
import dk.samspil.organisation.OrganisationService;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of confirmed (active or paused) subscriptions for the staff overview. A subscription counts once under each
 * CPV division and each buying unit it names; one without CPV codes or without buying units counts in a row of its own.
 */
@Service
class AlertStatistics {

    record Totals(
            long confirmed,
            long paused,
            long pending,
            long subscribers,
            long follows,
            long followedEntries,
            long pausedAddresses) {}

    /** {@code code} and {@code label} are {@code null} in the row of subscriptions that name none. */
    record CountRow(String code, String label, long subscriptions, long subscribers) {}

    record Overview(Totals totals, List<CountRow> divisions, List<CountRow> buyingUnits) {}

    private final JdbcClient jdbc;
    private final CpvCatalogue cpv;
    private final OrganisationService organisation;

    AlertStatistics(JdbcClient jdbc, CpvCatalogue cpv, OrganisationService organisation) {
        this.jdbc = jdbc;
        this.cpv = cpv;
        this.organisation = organisation;
    }

    @Transactional(readOnly = true)
    Overview overview(Locale locale) {
        Map<String, String> unitNames = organisation.allBuyingUnits().stream()
                .collect(Collectors.toMap(BuyingUnit::code, BuyingUnit::name, (a, b) -> a));
        return new Overview(
                totals(),
                counts(
                        "left(code, 2)",
                        "cpv_codes",
                        division -> division + "000000",
                        code -> cpv.label(new CpvCode(code), locale).orElse("")),
                counts("code", "buying_units", Function.identity(), code -> unitNames.getOrDefault(code, code)));
    }

    private Totals totals() {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE status <> 'PENDING') AS confirmed,
                               count(*) FILTER (WHERE status = 'PAUSED') AS paused,
                               count(*) FILTER (WHERE status = 'PENDING') AS pending,
                               count(DISTINCT subscriber_id) FILTER (WHERE status <> 'PENDING') AS subscribers,
                               count(*) FILTER (WHERE status <> 'PENDING' AND kind = 'FOLLOW') AS follows,
                               count(DISTINCT procurement_reference) FILTER (WHERE status <> 'PENDING') AS followed,
                               (SELECT count(*) FROM alert_subscriber WHERE paused_at IS NOT NULL) AS paused_addresses
                        FROM alert_subscription""")
                .query((rs, row) -> new Totals(
                        rs.getLong("confirmed"),
                        rs.getLong("paused"),
                        rs.getLong("pending"),
                        rs.getLong("subscribers"),
                        rs.getLong("follows"),
                        rs.getLong("followed"),
                        rs.getLong("paused_addresses")))
                .single();
    }

    /**
     * Confirmed criteria subscriptions grouped by {@code key} (an expression over {@code code}, one element of the
     * array column); the subscriptions whose array is empty form the row with a {@code null} key, listed last.
     */
    private List<CountRow> counts(
            String key, String arrayColumn, Function<String, String> code, Function<String, String> label) {
        return jdbc.sql("""
                        SELECT k.key, count(*) AS subscriptions, count(DISTINCT a.subscriber_id) AS subscribers
                        FROM alert_subscription a
                        LEFT JOIN LATERAL (SELECT DISTINCT %s AS key FROM unnest(a.%s) AS code) k ON true
                        WHERE a.kind = 'CRITERIA' AND a.status <> 'PENDING'
                        GROUP BY k.key
                        ORDER BY k.key IS NULL, subscriptions DESC, k.key""".formatted(key, arrayColumn))
                .query((ResultSet rs, int row) -> row(rs, code, label))
                .list();
    }

    private static CountRow row(ResultSet rs, Function<String, String> code, Function<String, String> label)
            throws SQLException {
        String key = rs.getString("key");
        String full = key == null ? null : code.apply(key);
        return new CountRow(
                full, full == null ? null : label.apply(full), rs.getLong("subscriptions"), rs.getLong("subscribers"));
    }
}
