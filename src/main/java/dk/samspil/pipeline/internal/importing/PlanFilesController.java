package dk.samspil.pipeline.internal.importing;

import dk.samspil.pipeline.EntryPresenter;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementExtracts;
import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.FileDownloads;
import dk.samspil.platform.PlatformProperties;
import dk.samspil.platform.Spreadsheets;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The plan as files: the import template, the staff export (every entry, drafts included, in the import layout so
 * it can be edited and imported again) and the public list of published entries ({@code /kommende-indkob.csv|xlsx}:
 * the same columns plus status, last change and a link to the entry's page).
 */
@Controller
class PlanFilesController {

    private final PlanFileFormat format;
    private final ProcurementExtracts extracts;
    private final EntryPresenter presenter;
    private final MessageSource messages;
    private final PlatformProperties platform;

    PlanFilesController(
            PlanFileFormat format,
            ProcurementExtracts extracts,
            EntryPresenter presenter,
            MessageSource messages,
            PlatformProperties platform) {
        this.format = format;
        this.extracts = extracts;
        this.presenter = presenter;
        this.messages = messages;
        this.platform = platform;
    }

    @GetMapping("/intern/indkoeb/import/skabelon.csv")
    ResponseEntity<byte[]> templateCsv() {
        return file(
                Spreadsheets.csv(format.header(), List.of(format.row(format.example()))),
                Spreadsheets.CSV,
                "skabelon-indkoebsplan.csv",
                false);
    }

    @GetMapping("/intern/indkoeb/import/skabelon.xlsx")
    ResponseEntity<byte[]> templateXlsx() {
        return file(
                Spreadsheets.xlsx(
                        text("pipeline.import.sheet.plan"), format.header(), List.of(format.row(format.example()))),
                Spreadsheets.XLSX,
                "skabelon-indkoebsplan.xlsx",
                false);
    }

    @GetMapping("/intern/indkoeb/eksport.csv")
    ResponseEntity<byte[]> exportCsv() {
        return file(Spreadsheets.csv(format.header(), planRows()), Spreadsheets.CSV, "indkoebsplan.csv", false);
    }

    @GetMapping("/intern/indkoeb/eksport.xlsx")
    ResponseEntity<byte[]> exportXlsx() {
        return file(
                Spreadsheets.xlsx(text("pipeline.import.sheet.plan"), format.header(), planRows()),
                Spreadsheets.XLSX,
                "indkoebsplan.xlsx",
                false);
    }

    @GetMapping("/kommende-indkob.csv")
    ResponseEntity<byte[]> publicCsv() {
        return file(Spreadsheets.csv(publicHeader(), publicRows()), Spreadsheets.CSV, "kommende-indkob.csv", true);
    }

    @GetMapping("/kommende-indkob.xlsx")
    ResponseEntity<byte[]> publicXlsx() {
        return file(
                Spreadsheets.xlsx(text("pipeline.import.sheet.public"), publicHeader(), publicRows()),
                Spreadsheets.XLSX,
                "kommende-indkob.xlsx",
                true);
    }

    private List<List<Object>> planRows() {
        return extracts.all().stream().map(format::row).toList();
    }

    private List<String> publicHeader() {
        List<String> header = new ArrayList<>(format.header());
        header.add(text("pipeline.import.column.STATUS"));
        header.add(text("pipeline.import.column.LAST_CHANGED"));
        header.add(text("pipeline.import.column.LINK"));
        return header;
    }

    private List<List<Object>> publicRows() {
        List<List<Object>> rows = new ArrayList<>();
        for (PlannedProcurement p : extracts.published()) {
            List<Object> row = new ArrayList<>(format.row(p));
            row.add(presenter.status(p.status(), DanishFormats.DANISH));
            row.add(local(p.lastChangedAt() != null ? p.lastChangedAt() : p.publishedAt()));
            row.add(platform.link("/kommende-indkob/" + URLEncoder.encode(p.reference(), StandardCharsets.UTF_8)));
            rows.add(row);
        }
        return rows;
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, DanishFormats.ZONE);
    }

    private String text(String key) {
        return messages.getMessage(key, null, DanishFormats.DANISH);
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name, boolean isPublic) {
        return FileDownloads.attachment(name, type)
                .cacheControl(
                        isPublic ? CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic() : CacheControl.noStore())
                .body(content);
    }
}
