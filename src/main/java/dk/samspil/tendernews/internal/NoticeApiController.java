package dk.samspil.tendernews.internal;

import dk.samspil.tendernews.TenderNewsProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Upload of one eForms notice by API ({@code Content-Type: application/xml}, a personal API token): 201 with what was
 * stored, 200 when the same notice and version is there already, 422 naming the first problem of a refused notice
 * ({@link NoticeApiProblems}). The body is read up to the largest notice accepted and no further.
 */
@RestController
class NoticeApiController {

    static final String PATH = "/api/v1/notices";

    record NoticeJson(
            long id,
            String noticeId,
            String version,
            Notice.Kind kind,
            String noticeType,
            @Nullable String title,
            boolean duplicate,
            boolean changeApplied,
            boolean changePending,
            @Nullable String linkedReference) {

        static NoticeJson of(ImportOutcome outcome) {
            Notice n = outcome.notice();
            return new NoticeJson(
                    outcome.rowId(),
                    n.noticeId(),
                    n.version(),
                    n.kind(),
                    n.noticeType(),
                    n.title(),
                    outcome.duplicate(),
                    outcome.changeApplied(),
                    outcome.changePending(),
                    outcome.linkedReference());
        }
    }

    private final NoticeImporter importer;
    private final TenderNewsProperties properties;

    NoticeApiController(NoticeImporter importer, TenderNewsProperties properties) {
        this.importer = importer;
        this.properties = properties;
    }

    /**
     * Any content type is routed here (so that the platform's checks of the request's parameters come first) and one
     * that is not XML is refused with 415.
     */
    @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<NoticeJson> upload(HttpServletRequest request)
            throws IOException, HttpMediaTypeNotSupportedException {
        if (!isXml(request.getContentType())) {
            throw new HttpMediaTypeNotSupportedException(
                    request.getContentType() == null ? "none" : request.getContentType());
        }
        byte[] content;
        try (InputStream in = request.getInputStream()) {
            // one byte more than allowed, so the reader sees a notice too large without reading all of it
            content = in.readNBytes((int)
                    Math.min(Integer.MAX_VALUE - 8, properties.maxNoticeSize().toBytes() + 1));
        }
        ImportOutcome outcome = importer.importNotice(content, NoticeSource.API);
        NoticeJson body = NoticeJson.of(outcome);
        if (outcome.duplicate()) {
            return ResponseEntity.ok(body);
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create(TenderNewsRoutes.STAFF + "/" + outcome.rowId()))
                .body(body);
    }

    private static boolean isXml(@Nullable String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return MediaType.APPLICATION_XML.isCompatibleWith(type)
                    || MediaType.TEXT_XML.isCompatibleWith(type)
                    || type.getSubtype().endsWith("+xml");
        } catch (org.springframework.util.InvalidMimeTypeException e) {
            return false;
        }
    }
}
