package dk.samspil.inquiries.internal;

import dk.samspil.platform.TextInput;
import dk.samspil.platform.UploadedFiles;
import dk.samspil.platform.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/** The attachments of an inquiry (the public form, the staff API): at most 3, 10 MB in total, PDF, Office documents or images by their content. */
final class AttachmentRules {

    static final int MAX_FILES = 3;
    static final long MAX_TOTAL_BYTES = 10L * 1024 * 1024;
    static final String FIELD = "files";

    private AttachmentRules() {}

    /** The uploads as attachments, or the reasons they are refused in {@code result} (then an empty list). */
    static List<NewAttachment> check(@Nullable List<MultipartFile> files, BindingResult result) {
        List<Violation> violations = new ArrayList<>();
        List<NewAttachment> attachments = check(files, violations);
        violations.forEach(violation ->
                result.reject(violation.messageKey(), violation.arguments().toArray(), null));
        return attachments;
    }

    /**
     * The uploads as attachments, or the reasons they are refused added to {@code violations} on the field
     * {@value #FIELD} (then an empty list). The form and the API check alike.
     */
    static List<NewAttachment> check(@Nullable List<MultipartFile> files, List<Violation> violations) {
        List<Violation> refusals = new ArrayList<>();
        List<NewAttachment> accepted = accept(files, List.of(), refusals);
        violations.addAll(refusals);
        return refusals.isEmpty() ? accepted : List.of();
    }

    /**
     * The uploads that are acceptable one by one, next to {@code earlier} attachments (kept from an earlier try of the
     * same form), with the reasons for refusing the others added to {@code violations}. The number of files and their
     * total size count the earlier ones too; when those limits are broken, none of the uploads is accepted.
     */
    static List<NewAttachment> accept(
            @Nullable List<MultipartFile> files, List<NewAttachment> earlier, List<Violation> violations) {
        List<MultipartFile> given = files == null
                ? List.of()
                : files.stream().filter(file -> file != null && !file.isEmpty()).toList();
        if (earlier.size() + given.size() > MAX_FILES) {
            violations.add(new Violation(FIELD, "inquiries.error.files.tooMany", MAX_FILES));
            return List.of();
        }
        long total = given.stream().mapToLong(MultipartFile::getSize).sum()
                + earlier.stream().mapToLong(a -> a.content().length).sum();
        if (total > MAX_TOTAL_BYTES) {
            violations.add(new Violation(FIELD, "inquiries.error.files.tooLarge", MAX_TOTAL_BYTES / (1024 * 1024)));
            return List.of();
        }
        List<NewAttachment> attachments = new ArrayList<>();
        for (MultipartFile file : given) {
            String name = name(file.getOriginalFilename());
            byte[] content;
            try {
                content = file.getBytes();
            } catch (IOException e) {
                violations.add(new Violation(FIELD, "inquiries.error.files.unreadable", name));
                continue;
            }
            java.util.Optional<UploadedFiles.Kind> kind = UploadedFiles.detect(content, name);
            if (kind.isPresent()) {
                attachments.add(new NewAttachment(name, kind.get(), content));
            } else {
                violations.add(new Violation(FIELD, "inquiries.error.files.kind", name));
            }
        }
        return attachments;
    }

    /** The file's own name without folders and control characters, at most 255 characters. */
    static String name(@Nullable String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = TextInput.foldLines(TextInput.removeControlCharacters(name.substring(name.lastIndexOf('/') + 1)))
                .strip();
        if (name.isEmpty()) {
            name = "bilag";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
