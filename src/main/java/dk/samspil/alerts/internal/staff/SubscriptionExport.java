package dk.samspil.alerts.internal.staff;

import dk.samspil.organisation.BuyingUnit;
import dk.samspil.organisation.OrganisationService;
import dk.samspil.platform.AuditLog;
import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.Spreadsheets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every confirmed subscription (active or paused) with its subscriber and criteria, as a table in Danish. The file
 * holds personal data (e-mail addresses), so every export is audited with who took it and how many rows.
 */
@Service
class SubscriptionExport {

    enum Format {
        CSV,
        XLSX
    }

    record File(byte[] content, String name) {}

    private static final String AUDIT_ENTITY = "alert_subscription_export";
    private static final List<String> COLUMNS = List.of(
            "email",
            "name",
            "cvr",
            "language",
            "kind",
            "reference",
            "cpv",
            "keywords",
            "excluded",
            "units",
            "min",
            "max",
            "sme",
            "notifyOn",
            "frequency",
            "status",
            "created",
            "confirmed");

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final OrganisationService organisation;
    private final AuditLog audit;
    private final Clock clock;

    SubscriptionExport(
            JdbcClient jdbc, MessageSource messages, OrganisationService organisation, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
    }

    /** Not read-only: the audit entry is written in the same transaction. */
    @Transactional
    File export(Format format) {
        Map<String, String> unitNames = organisation.allBuyingUnits().stream()
                .collect(Collectors.toMap(BuyingUnit::code, BuyingUnit::name, (a, b) -> a));
        List<List<Object>> rows =
                jdbc.sql("""
                        SELECT s.email, s.name, s.company_cvr, s.language, a.kind, a.procurement_reference, a.cpv_codes,
                               a.keywords, a.excluded_keywords, a.buying_units, a.min_value_dkk, a.max_value_dkk,
                               a.sme_suitable_only, a.notify_on, a.frequency, a.status, a.created_at, a.confirmed_at
                        FROM alert_subscription a JOIN alert_subscriber s ON s.id = a.subscriber_id
                        WHERE a.status <> 'PENDING'
                        ORDER BY lower(s.email), a.id""").query((rs, i) -> row(rs, unitNames)).list();
        List<String> header = COLUMNS.stream()
                .map(column -> text("alerts.staff.export.column." + column))
                .toList();
        String stamp = LocalDateTime.ofInstant(clock.instant(), DanishFormats.ZONE)
                .toLocalDate()
                .toString();
        File file = format == Format.CSV
                ? new File(Spreadsheets.csv(header, rows), "varsling-abonnementer-" + stamp + ".csv")
                : new File(
                        Spreadsheets.xlsx(text("alerts.staff.export.sheet"), header, rows),
                        "varsling-abonnementer-" + stamp + ".xlsx");
        audit.created(AUDIT_ENTITY, file.name(), Map.of("format", format.name(), "rows", rows.size()));
        return file;
    }

    private List<Object> row(ResultSet rs, Map<String, String> unitNames) throws SQLException {
        List<Object> row = new ArrayList<>();
        row.add(rs.getString("email"));
        row.add(rs.getString("name"));
        row.add(rs.getString("company_cvr"));
        row.add(text("alerts.language." + rs.getString("language")));
        row.add(text("alerts.staff.kind." + rs.getString("kind")));
        row.add(rs.getString("procurement_reference"));
        row.add(joined(rs, "cpv_codes", Function.identity()));
        row.add(joined(rs, "keywords", Function.identity()));
        row.add(joined(rs, "excluded_keywords", Function.identity()));
        row.add(joined(rs, "buying_units", code -> unitNames.getOrDefault(code, code)));
        row.add(rs.getBigDecimal("min_value_dkk"));
        row.add(rs.getBigDecimal("max_value_dkk"));
        row.add(text(rs.getBoolean("sme_suitable_only") ? "common.yes" : "common.no"));
        row.add(joined(rs, "notify_on", value -> text("alerts.notifyOn." + value)));
        row.add(text("alerts.frequency." + rs.getString("frequency")));
        row.add(text("alerts.status." + rs.getString("status")));
        row.add(local(rs.getTimestamp("created_at")));
        row.add(local(rs.getTimestamp("confirmed_at")));
        return row;
    }

    private static String joined(ResultSet rs, String column, Function<String, String> each) throws SQLException {
        Array array = rs.getArray(column);
        String[] values = array == null ? new String[0] : (String[]) array.getArray();
        return Arrays.stream(values).map(each).collect(Collectors.joining(", "));
    }

    private static LocalDateTime local(Timestamp timestamp) {
        return timestamp == null ? null : LocalDateTime.ofInstant(timestamp.toInstant(), DanishFormats.ZONE);
    }

    private String text(String key) {
        return messages.getMessage(key, null, DanishFormats.DANISH);
    }
}
