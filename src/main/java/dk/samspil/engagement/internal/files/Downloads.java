package dk.samspil.engagement.internal.files;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Uploaded files are served only as downloads: {@code Content-Disposition: attachment}, no type sniffing, and a
 * sandboxing content security policy, so a file can never run as a page of this site.
 */
public final class Downloads {

    private Downloads() {}

    public static ResponseEntity<byte[]> attachment(StoredFile file, byte[] content) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, file.kind().servedAs())
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(content);
    }

    /** An ASCII fallback name for old clients and the exact name in RFC 5987 encoding. */
    static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        if (ascii.isBlank()) {
            ascii = "fil";
        }
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
