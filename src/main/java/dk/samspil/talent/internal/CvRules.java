package dk.samspil.talent.internal;

import dk.samspil.platform.UploadedFiles;
import dk.samspil.platform.Violation;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a CV must be: a PDF by its content (not by its name), at most the configured size, and without JavaScript.
 * A PDF with JavaScript (a {@code /JavaScript} or {@code /JS} name) is refused, not stripped: the student is told to
 * save it again without scripts.
 */
final class CvRules {

    private static final Pattern SCRIPT = Pattern.compile("/(JavaScript|JS)(?![A-Za-z0-9])");

    private CvRules() {}

    static Optional<Violation> problem(byte[] content, String fileName, long maxBytes) {
        if (content.length == 0) {
            return Optional.of(new Violation("cv", "talent.cv.missing"));
        }
        if (content.length > maxBytes) {
            return Optional.of(new Violation("cv", "talent.cv.tooLarge", maxBytes / (1024 * 1024)));
        }
        if (UploadedFiles.detect(content, fileName)
                .filter(kind -> kind == UploadedFiles.Kind.PDF)
                .isEmpty()) {
            return Optional.of(new Violation("cv", "talent.cv.notPdf"));
        }
        if (SCRIPT.matcher(new String(content, StandardCharsets.ISO_8859_1)).find()) {
            return Optional.of(new Violation("cv", "talent.cv.javascript"));
        }
        return Optional.empty();
    }
}
