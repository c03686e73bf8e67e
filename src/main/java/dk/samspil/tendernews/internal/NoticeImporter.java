package dk.samspil.tendernews.internal;

import dk.samspil.tendernews.TenderNewsProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports one eForms notice from any source: checks and reads it, stores it once per notice and version, applies a
 * change notice to the notice it changes (or keeps it until that notice arrives), and links it to the pipeline.
 * Refusals are {@link dk.samspil.platform.Rejected} naming the first problem; nothing is stored then.
 */
@Service
class NoticeImporter {

    private final NoticeXml xml;
    private final NoticeReader reader;
    private final NoticeRepository repository;
    private final NoticeLinks links;
    private final TenderNewsProperties properties;
    private final Clock clock;

    NoticeImporter(
            NoticeXml xml,
            NoticeReader reader,
            NoticeRepository repository,
            NoticeLinks links,
            TenderNewsProperties properties,
            Clock clock) {
        this.xml = xml;
        this.reader = reader;
        this.repository = repository;
        this.links = links;
        this.properties = properties;
        this.clock = clock;
    }

    /** Reads a notice without storing it. */
    Notice read(byte @Nullable [] content) {
        return reader.read(xml.parse(content, properties.maxNoticeSize().toBytes()));
    }

    @Transactional
    ImportOutcome importNotice(byte @Nullable [] content, NoticeSource source) {
        Notice notice = read(content);
        Instant now = clock.instant();
        Optional<Long> stored = repository.insert(notice, source, now);
        if (stored.isEmpty()) {
            long existing = repository.find(notice.noticeId(), notice.version()).orElseThrow();
            return new ImportOutcome(existing, notice, true, false, false, repository.linkedReference(existing));
        }
        long rowId = stored.get();
        boolean applied = false;
        boolean pending = false;
        Notice.Change change = notice.change();
        if (change != null) {
            repository.recordChange(rowId, change, now);
            Optional<Long> target = repository.find(change.noticeId(), change.version());
            if (target.isPresent()) {
                repository.applyChange(rowId, target.get(), change.cancels(), now);
                links.changed(target.get());
                applied = true;
            } else {
                pending = true;
            }
        }
        for (long changeRowId : repository.pendingChangesOf(notice.noticeId(), notice.version())) {
            repository.applyChange(changeRowId, rowId, repository.cancels(changeRowId), now);
        }
        String reference = links.linkImported(rowId, notice).orElse(null);
        return new ImportOutcome(rowId, notice, false, applied, pending, reference);
    }
}
