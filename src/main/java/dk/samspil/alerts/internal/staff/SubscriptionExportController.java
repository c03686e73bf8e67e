package dk.samspil.alerts.internal.staff;

import dk.samspil.platform.FileDownloads;
import dk.samspil.platform.Spreadsheets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The confirmed subscriptions as a spreadsheet; personal data, so never cached. */
@Controller
class SubscriptionExportController {

    private final SubscriptionExport export;

    SubscriptionExportController(SubscriptionExport export) {
        this.export = export;
    }

    @GetMapping("/intern/varsling/eksport.csv")
    ResponseEntity<byte[]> csv() {
        return file(export.export(SubscriptionExport.Format.CSV), Spreadsheets.CSV);
    }

    @GetMapping("/intern/varsling/eksport.xlsx")
    ResponseEntity<byte[]> xlsx() {
        return file(export.export(SubscriptionExport.Format.XLSX), Spreadsheets.XLSX);
    }

    private static ResponseEntity<byte[]> file(SubscriptionExport.File file, MediaType type) {
        return FileDownloads.attachment(file.name(), type)
                .cacheControl(CacheControl.noStore())
                .body(file.content());
    }
}
