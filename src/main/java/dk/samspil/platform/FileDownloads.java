package dk.samspil.platform;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Answers that the browser saves as a file rather than shows. */
public final class FileDownloads {

    private FileDownloads() {}

    /** A 200 with the content type and {@code Content-Disposition: attachment}; add caching and the body. */
    public static ResponseEntity.BodyBuilder attachment(String fileName, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString());
    }
}
