package dk.samspil.companies.internal;

import dk.samspil.platform.AuditLog;
import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.Spreadsheets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The companies of a filter or segment as CSV or XLSX (platform {@link Spreadsheets}), in Danish. A company's e-mail
 * and phone may be a person's (sole proprietorships), so every export is audited with who took it, what it held and how
 * many rows.
 */
@Service
class CompanyExport {

    enum Format {
        CSV,
        XLSX
    }

    record File(byte[] content, String name) {}

    static final String AUDIT_ENTITY = "company_export";
    private static final List<String> COLUMNS = List.of(
            "cvr",
            "name",
            "address",
            "postalCode",
            "city",
            "municipalityCode",
            "industryCode",
            "industryText",
            "employees",
            "website",
            "email",
            "phone",
            "advertisingProtected",
            "tags");

    private final CompanySearch search;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    CompanyExport(CompanySearch search, MessageSource messages, AuditLog audit, Clock clock) {
        this.search = search;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** Not read-only: the audit entry is written in the same transaction. */
    @Transactional
    File export(
            CompanyFilter filter,
            @Nullable StaffOrganisation organisation,
            Format format,
            @Nullable String segmentName) {
        List<List<Object>> rows =
                search.all(filter, organisation).stream().map(this::row).toList();
        List<String> header = COLUMNS.stream()
                .map(column -> text("companies.export.column." + column))
                .toList();
        String stamp = LocalDate.now(clock.withZone(DanishFormats.ZONE)).toString();
        String base = "virksomheder-" + stamp;
        File file = format == Format.CSV
                ? new File(Spreadsheets.csv(header, rows), base + ".csv")
                : new File(Spreadsheets.xlsx(text("companies.export.sheet"), header, rows), base + ".xlsx");
        audit.created(
                AUDIT_ENTITY,
                file.name(),
                Map.of(
                        "format",
                        format.name(),
                        "rows",
                        rows.size(),
                        "segment",
                        segmentName == null ? "" : segmentName,
                        "filter",
                        filter.normalised()));
        return file;
    }

    private List<Object> row(CompanyRow c) {
        List<Object> row = new ArrayList<>();
        row.add(c.cvr());
        row.add(c.name());
        row.add(c.address());
        row.add(c.postalCode());
        row.add(c.city());
        row.add(c.municipalityCode());
        row.add(c.industryCode());
        row.add(c.industryText());
        row.add(c.employees());
        row.add(c.website());
        row.add(c.email());
        row.add(c.phone());
        row.add(text(c.advertisingProtected() ? "common.yes" : "common.no"));
        row.add(String.join(", ", c.tags()));
        return row;
    }

    private String text(String key) {
        return messages.getMessage(key, null, DanishFormats.DANISH);
    }
}
