package dk.samspil.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What an uploaded file really is, by its content (magic bytes), never by its name alone: PDF, PNG, JPEG, GIF, WebP, the
 * Office Open XML formats (DOCX, XLSX, PPTX: a ZIP with {@code [Content_Types].xml} and the format's folder, read
 * with a bounded inflate so a zip bomb costs at most {@link #MAX_INFLATED} bytes of work) and the older Office
 * formats (DOC, XLS, PPT: an OLE compound file). The name's extension must fit the content.
 */
public final class UploadedFiles {

    /** At most this many bytes are inflated from an Office file; more is refused as a zip bomb. */
    public static final long MAX_INFLATED = 50L * 1024 * 1024;
    /** At most this many entries in an Office file. */
    public static final int MAX_ENTRIES = 5_000;

    /** The kinds accepted, with their download content type and extensions. */
    public enum Kind {
        PDF("application/pdf", "pdf"),
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpg", "jpeg"),
        GIF("image/gif", "gif"),
        WEBP("image/webp", "webp"),
        DOCX("application/octet-stream", "docx"),
        XLSX("application/octet-stream", "xlsx"),
        PPTX("application/octet-stream", "pptx"),
        OFFICE_LEGACY("application/octet-stream", "doc", "xls", "ppt");

        private final String servedAs;
        private final Set<String> extensions;

        Kind(String servedAs, String... extensions) {
            this.servedAs = servedAs;
            this.extensions = Set.of(extensions);
        }

        /** The content type of downloads: a browser never renders an Office document. */
        public String servedAs() {
            return servedAs;
        }

        public boolean matchesName(String fileName) {
            int dot = fileName.lastIndexOf('.');
            return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
        }
    }

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};
    private static final byte[] OLE_SIGNATURE = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    private UploadedFiles() {}

    /** The kind the content is, when it is one of the accepted kinds and the name's extension fits it. */
    public static Optional<Kind> detect(byte[] content, String fileName) {
        return detect(content).filter(kind -> kind.matchesName(fileName));
    }

    /** The kind the content is, whatever its name says. */
    public static Optional<Kind> detect(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(Kind.PDF);
        }
        if (startsWith(content, PNG_SIGNATURE)) {
            return Optional.of(Kind.PNG);
        }
        if (startsWith(content, JPEG_SIGNATURE)) {
            return Optional.of(Kind.JPEG);
        }
        if (startsWith(content, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || startsWith(content, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(Kind.GIF);
        }
        if (isWebP(content)) {
            return Optional.of(Kind.WEBP);
        }
        if (startsWith(content, OLE_SIGNATURE)) {
            return Optional.of(Kind.OFFICE_LEGACY);
        }
        if (startsWith(content, ZIP_SIGNATURE)) {
            return officeOpenXml(content);
        }
        return Optional.empty();
    }

    /** Inflates every entry, counting the bytes; gives up (empty) past the limits or on a broken archive. */
    private static Optional<Kind> officeOpenXml(byte[] zip) {
        boolean contentTypes = false;
        Kind kind = null;
        long inflated = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    return Optional.empty();
                }
                String name = entry.getName();
                contentTypes |= "[Content_Types].xml".equals(name);
                if (kind == null) {
                    kind = name.startsWith("word/")
                            ? Kind.DOCX
                            : name.startsWith("xl/") ? Kind.XLSX : name.startsWith("ppt/") ? Kind.PPTX : null;
                }
                int read;
                while ((read = in.read(buffer)) > 0) {
                    inflated += read;
                    if (inflated > MAX_INFLATED) {
                        return Optional.empty();
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return contentTypes ? Optional.ofNullable(kind) : Optional.empty();
    }

    /** A RIFF container ({@code RIFF}, its length, then {@code WEBP}). */
    private static boolean isWebP(byte[] content) {
        return startsWith(content, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && content.length >= 12
                && Arrays.equals(content, 8, 12, "WEBP".getBytes(StandardCharsets.US_ASCII), 0, 4);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
