package dk.samspil.alerts.internal.staff;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The confirmed subscriptions as a spreadsheet; personal data, so never cached. */
@Controller
class SubscriptionExportController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final SubscriptionExport export;

    SubscriptionExportController(SubscriptionExport export) {
        this.export = export;
    }

    @GetMapping("/intern/varsling/eksport.csv")
    ResponseEntity<byte[]> csv() {
        return file(export.export(SubscriptionExport.Format.CSV), CSV);
    }

    @GetMapping("/intern/varsling/eksport.xlsx")
    ResponseEntity<byte[]> xlsx() {
        return file(export.export(SubscriptionExport.Format.XLSX), XLSX);
    }

    private static ResponseEntity<byte[]> file(SubscriptionExport.File file, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.name()).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(file.content());
    }
}
