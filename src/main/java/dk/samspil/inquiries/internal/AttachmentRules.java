package dk.samspil.inquiries.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

import dk.samspil.platform.TextInput;
import dk.samspil.platform.UploadedFiles;

/** The public form's attachments: at most 3, 10 MB in total, PDF, Office documents or images by their content. */
final class AttachmentRules {

    static final int MAX_FILES = 3;
    static final long MAX_TOTAL_BYTES = 10L * 1024 * 1024;
    static final String FIELD = "files";

    private AttachmentRules() {
    }

    /** The uploads as attachments, or the reasons they are refused in {@code result} (then an empty list). */
    static List<NewAttachment> check(@Nullable List<MultipartFile> files, BindingResult result) {
        List<MultipartFile> given = files == null ? List.of()
                : files.stream().filter(file -> file != null && !file.isEmpty()).toList();
        if (given.size() > MAX_FILES) {
            result.reject("inquiries.error.files.tooMany", new Object[] {MAX_FILES}, null);
            return List.of();
        }
        long total = given.stream().mapToLong(MultipartFile::getSize).sum();
        if (total > MAX_TOTAL_BYTES) {
            result.reject("inquiries.error.files.tooLarge", new Object[] {MAX_TOTAL_BYTES / (1024 * 1024)}, null);
            return List.of();
        }
        List<NewAttachment> attachments = new ArrayList<>();
        for (MultipartFile file : given) {
            String name = name(file.getOriginalFilename());
            byte[] content;
            try {
                content = file.getBytes();
            } catch (IOException e) {
                result.reject("inquiries.error.files.unreadable", new Object[] {name}, null);
                continue;
            }
            UploadedFiles.detect(content, name).ifPresentOrElse(
                    kind -> attachments.add(new NewAttachment(name, kind, content)),
                    () -> result.reject("inquiries.error.files.kind", new Object[] {name}, null));
        }
        return result.hasGlobalErrors() ? List.of() : attachments;
    }

    /** The file's own name without folders and control characters, at most 255 characters. */
    static String name(@Nullable String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = TextInput.foldLines(TextInput.removeControlCharacters(name.substring(name.lastIndexOf('/') + 1))).strip();
        if (name.isEmpty()) {
            name = "bilag";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
