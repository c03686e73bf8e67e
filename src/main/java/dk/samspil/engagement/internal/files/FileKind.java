package dk.samspil.engagement.internal.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The file types the engagement module accepts, recognised by their first bytes, never by their name alone. */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    /** Served as a plain download: a browser must never try to render an Office document. */
    DOCX("application/octet-stream", "docx"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};

    private final String servedAs;
    private final Set<String> extensions;

    FileKind(String servedAs, String... extensions) {
        this.servedAs = servedAs;
        this.extensions = Set.of(extensions);
    }

    /** The content type of downloads; anything not a PDF or an image is {@code application/octet-stream}. */
    public String servedAs() {
        return servedAs;
    }

    public boolean matchesName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The kind the content really is, whatever its name says. */
    public static Optional<FileKind> detect(byte[] content) {
        if (startsWith(content, ascii("%PDF-"))) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_SIGNATURE)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, ascii("GIF87a")) || startsWith(content, ascii("GIF89a"))) {
            return Optional.of(GIF);
        }
        if (startsWith(content, ascii("RIFF"))
                && content.length >= 12
                && Arrays.equals(content, 8, 12, ascii("WEBP"), 0, 4)) {
            return Optional.of(WEBP);
        }
        if (startsWith(content, ZIP_SIGNATURE) && ZipEntryNames.isWordDocument(content)) {
            return Optional.of(DOCX);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
