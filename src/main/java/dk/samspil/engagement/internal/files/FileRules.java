package dk.samspil.engagement.internal.files;

import java.util.Locale;
import org.springframework.util.unit.DataSize;

/**
 * What an uploaded file must be: not empty, not larger than the limit, a PDF, Word document (DOCX) or image (PNG,
 * JPEG, GIF, WebP) by its content, and named with an extension that agrees with that content, so a file lying about
 * its type is refused.
 */
public final class FileRules {

    static final String EMPTY = "engagement.file.error.empty";
    static final String TOO_LARGE = "engagement.file.error.tooLarge";
    static final String TYPE = "engagement.file.error.type";
    static final String MISMATCH = "engagement.file.error.mismatch";

    private static final int MAX_NAME = 200;

    private final DataSize maxSize;

    public FileRules(DataSize maxSize) {
        this.maxSize = maxSize;
    }

    public long maxBytes() {
        return maxSize.toBytes();
    }

    public long maxMegabytes() {
        return maxSize.toMegabytes();
    }

    /** Checks the size before the content is read, so an oversized file is refused without holding it. */
    public void checkSize(long size) {
        if (size <= 0) {
            throw new FileRejected(EMPTY);
        }
        if (size > maxSize.toBytes()) {
            throw new FileRejected(TOO_LARGE, maxMegabytes());
        }
    }

    /** The kind of an acceptable file. */
    public FileKind check(String fileName, byte[] content) {
        checkSize(content.length);
        FileKind kind = FileKind.detect(content).orElseThrow(() -> new FileRejected(TYPE));
        String name = safeName(fileName);
        if (!kind.matchesName(name)) {
            int dot = name.lastIndexOf('.');
            throw new FileRejected(MISMATCH, dot >= 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "");
        }
        return kind;
    }

    /** The name without a client's path, control characters or excessive length. */
    public static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - extension.length()) + extension;
        }
        return name;
    }
}
