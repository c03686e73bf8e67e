package dk.samspil.inquiries.internal;

import dk.samspil.platform.KeptUploads;
import dk.samspil.platform.SignedTokens;
import dk.samspil.platform.UploadedFiles;
import dk.samspil.platform.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The attachments of the public form across tries: when the form is refused (a missing field, one bad file among
 * good ones), the good files are kept on the server (platform {@link KeptUploads}) for
 * {@code samspil.inquiries.kept-files-lifetime}, and the form shows them as already attached, each with a signed
 * reference in a hidden field ({@link SignedTokens}), so the person does not pick them again. A reference is looked
 * up only when this application signed it for this purpose; a kept file's content is checked again before it is used.
 */
@Component
class KeptAttachments {

    static final String PURPOSE = "inquiries.kept-attachment";
    /** Kept files of the public form belong to the form: the signed reference in the browser is what finds one. */
    static final String OWNER = "public-inquiry-form";

    /** A file kept from an earlier try: its signed reference for the form, and the checked attachment. */
    record KeptFile(String reference, UUID id, NewAttachment attachment) {

        public String fileName() {
            return attachment.fileName();
        }

        public int sizeBytes() {
            return attachment.content().length;
        }
    }

    /**
     * The attachments of one try: those kept from earlier tries that are still wanted, the new uploads that were
     * accepted, and why others were refused.
     */
    record Collected(List<KeptFile> kept, List<NewAttachment> fresh, List<Violation> violations) {

        List<NewAttachment> all() {
            return Stream.concat(kept.stream().map(KeptFile::attachment), fresh.stream())
                    .toList();
        }
    }

    private final KeptUploads uploads;
    private final SignedTokens tokens;
    private final InquiryProperties properties;

    KeptAttachments(KeptUploads uploads, SignedTokens tokens, InquiryProperties properties) {
        this.uploads = uploads;
        this.tokens = tokens;
        this.properties = properties;
    }

    /**
     * The kept files named by {@code references} (less those in {@code removals}, which are deleted) and the new
     * uploads, checked together by {@link AttachmentRules}. A reference that is forged, expired or whose file is gone
     * is a violation: the person must pick that file again.
     */
    Collected collect(
            @Nullable List<MultipartFile> files, @Nullable List<String> references, @Nullable List<String> removals) {
        List<Violation> violations = new ArrayList<>();
        Set<UUID> removed = new java.util.HashSet<>();
        for (String removal : removals == null ? List.<String>of() : removals) {
            id(removal).ifPresent(id -> {
                removed.add(id);
                uploads.forget(id);
            });
        }
        Map<UUID, String> wanted = new LinkedHashMap<>();
        boolean gone = false;
        for (String reference : references == null ? List.<String>of() : references) {
            Optional<UUID> id = id(reference);
            if (id.isEmpty()) {
                gone = true;
            } else if (!removed.contains(id.get())) {
                wanted.putIfAbsent(id.get(), reference);
            }
        }
        List<KeptFile> kept = new ArrayList<>();
        if (wanted.size() > AttachmentRules.MAX_FILES) {
            violations.add(
                    new Violation(AttachmentRules.FIELD, "inquiries.error.files.tooMany", AttachmentRules.MAX_FILES));
            return new Collected(List.of(), List.of(), violations);
        }
        for (Map.Entry<UUID, String> entry : wanted.entrySet()) {
            Optional<KeptFile> file = uploads.find(PURPOSE, entry.getKey(), OWNER)
                    .flatMap(upload -> UploadedFiles.detect(upload.content(), upload.fileName())
                            .map(kind -> new KeptFile(
                                    entry.getValue(),
                                    upload.id(),
                                    new NewAttachment(upload.fileName(), kind, upload.content()))));
            if (file.isPresent()) {
                kept.add(file.get());
            } else {
                gone = true;
            }
        }
        if (gone) {
            violations.add(new Violation(AttachmentRules.FIELD, "inquiries.error.files.gone"));
        }
        List<NewAttachment> earlier = kept.stream().map(KeptFile::attachment).toList();
        List<NewAttachment> fresh = AttachmentRules.accept(files, earlier, violations);
        return new Collected(kept, fresh, violations);
    }

    /** Keeps the new uploads of a refused try; every file the form shows as already attached. */
    List<KeptFile> keepForNextTry(Collected collected) {
        List<KeptFile> all = new ArrayList<>(collected.kept());
        for (NewAttachment attachment : collected.fresh()) {
            UUID id = uploads.keep(
                    PURPOSE, OWNER, attachment.fileName(), attachment.content(), properties.keptFilesLifetime());
            all.add(new KeptFile(
                    tokens.create(PURPOSE, id.toString(), properties.keptFilesLifetime()), id, attachment));
        }
        return all;
    }

    /** Deletes the kept files once they are stored with the inquiry. */
    void forget(Collected collected) {
        collected.kept().forEach(file -> uploads.forget(file.id()));
    }

    /** The kept file's id when this application signed the reference for this purpose and it has not expired. */
    private Optional<UUID> id(@Nullable String reference) {
        return tokens.verify(PURPOSE, reference).flatMap(subject -> {
            try {
                return Optional.of(UUID.fromString(subject));
            } catch (IllegalArgumentException notAnId) {
                return Optional.empty();
            }
        });
    }
}
