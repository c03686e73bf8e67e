package dk.samspil.tendernews.internal;

import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementStatus;
import dk.samspil.platform.AuditLog;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import dk.samspil.tendernews.internal.NoticeRepository.Cancellation;
import dk.samspil.tendernews.internal.NoticeRepository.LinkedBy;
import dk.samspil.tendernews.internal.NoticeRepository.LinkedKind;
import dk.samspil.tendernews.internal.NoticeRepository.LinkedNotice;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links notices to the pipeline entries they fulfil and moves the entries as the linked notices say. A notice is
 * linked when it arrives: by its internal identifier (BT-22) equal to an entry's reference, by its notice ID stored on
 * an entry by staff, or by its procedure (BT-04) shared with a notice already linked; staff may also link by hand.
 * <p>
 * Moving is idempotent and follows the notices, not their order of arrival: a linked contract notice moves the entry
 * to {@code TENDER_PUBLISHED}, and a linked award notice then moves it to {@code AWARDED}. An award notice that
 * arrives before its contract notice stays linked and waiting until the contract notice is linked too; a change
 * notice that cancels a linked notice cancels the entry. Unlinking a notice takes its move back.
 */
@Service
class NoticeLinks {

    static final String ENTITY = "TenderNoticeLink";
    private static final Pattern NOTICE_ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9-]{0,63}$");

    private final NoticeRepository repository;
    private final PipelineLink pipeline;
    private final StatusMoves moves;
    private final AuditLog audit;
    private final Clock clock;

    NoticeLinks(NoticeRepository repository, PipelineLink pipeline, StatusMoves moves, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.pipeline = pipeline;
        this.moves = moves;
        this.audit = audit;
        this.clock = clock;
    }

    /** Links a newly stored notice, if its entry can be found, and moves the entry; the entry's reference. */
    @Transactional
    Optional<String> linkImported(long rowId, Notice notice) {
        if (notice.isChange()) {
            return Optional.empty(); // a change notice changes its notice, which keeps that notice's link
        }
        Optional<LinkedBy> by = Optional.empty();
        Optional<String> reference = pipeline.publicEntry(notice.internalId()).map(PlannedProcurement::reference);
        if (reference.isPresent()) {
            by = Optional.of(LinkedBy.INTERNAL_ID);
        } else {
            reference = repository
                    .referenceExpecting(notice.noticeId())
                    .filter(r -> pipeline.publicEntry(r).isPresent());
            if (reference.isPresent()) {
                by = Optional.of(LinkedBy.NOTICE_ID);
            } else if (notice.procedureId() != null) {
                reference = repository.referenceOfProcedure(notice.procedureId(), rowId);
                by = reference.map(r -> LinkedBy.PROCEDURE);
            }
        }
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        link(rowId, reference.get(), by.orElseThrow());
        return reference;
    }

    /** Staff link a notice to an entry by hand. */
    @Transactional
    void linkByHand(long rowId, @Nullable String reference) {
        if (repository.linkedReference(rowId) != null) {
            throw new Rejected(new Violation("reference", "tendernews.link.error.linked"));
        }
        PlannedProcurement entry = pipeline.publicEntry(reference)
                .orElseThrow(() -> new Rejected(new Violation("reference", "tendernews.link.error.entry")));
        audit.created(ENTITY, rowId, Map.of("reference", entry.reference(), "by", LinkedBy.HAND));
        link(rowId, entry.reference(), LinkedBy.HAND);
    }

    /**
     * Staff remove a link. The entry goes back to the status it had before the notice moved it, unless staff changed
     * its status by hand since or a notice still linked answers for its status (see {@link #takeBack}).
     */
    @Transactional
    Unlinked unlink(long rowId) {
        String reference = repository.linkedReference(rowId);
        if (reference == null) {
            return Unlinked.NOT_LINKED;
        }
        repository.unlink(rowId);
        audit.deleted(ENTITY, rowId, Map.of("reference", reference));
        return takeBack(reference) ? Unlinked.STATUS_RESTORED : Unlinked.STATUS_KEPT;
    }

    /** What unlinking did to the entry. */
    enum Unlinked {
        NOT_LINKED,
        /** The entry went back to its status before the notice moved it. */
        STATUS_RESTORED,
        /** The entry kept its status: the notice did not move it, staff changed it since, or another notice answers. */
        STATUS_KEPT
    }

    /** A change notice was applied to this notice: a cancelling one cancels the notice's entry. */
    void changed(long targetRowId) {
        String reference = repository.linkedReference(targetRowId);
        if (reference != null) {
            apply(reference);
        }
    }

    /**
     * Takes back the moves that notices no longer linked made, newest first, stopping at a move that a notice still
     * linked answers for (that notice then answers for the moves of unlinked notices with the same status too). All of
     * them are taken back in one status change, to the status before the earliest; none when staff changed the status
     * by hand since that move, so their decision stands.
     */
    private boolean takeBack(String reference) {
        Optional<PlannedProcurement> entry = pipeline.publicEntry(reference);
        if (entry.isEmpty()) {
            return false;
        }
        List<LinkedKind> linked = repository.linkedKinds(reference);
        List<StatusMoves.Move> taken = new ArrayList<>();
        for (StatusMoves.Move move : moves.activeMoves(reference)) {
            if (linked.stream().anyMatch(n -> n.rowId() == move.noticeRowId())) {
                break;
            }
            Optional<LinkedKind> answering =
                    linked.stream().filter(n -> answersFor(n, move.to())).findFirst();
            if (answering.isPresent()) {
                moves.handOver(move.id(), answering.get().rowId());
                break;
            }
            taken.add(move);
        }
        if (taken.isEmpty()) {
            return false;
        }
        StatusMoves.Move latest = taken.get(0);
        StatusMoves.Move earliest = taken.get(taken.size() - 1);
        List<Long> ours = moves.changeIds(reference);
        boolean byHand = pipeline.statusChangesAfter(reference, earliest.changeId()).stream()
                .anyMatch(id -> !ours.contains(id));
        if (byHand || entry.get().status() != latest.to() || earliest.from() == latest.to()) {
            return false;
        }
        long changeId = pipeline.restore(reference, latest.to(), earliest);
        moves.undone(taken.stream().map(StatusMoves.Move::id).toList(), changeId, clock.instant());
        return true;
    }

    /** Whether a linked notice justifies this status: a contract notice a published tender, and so on. */
    private static boolean answersFor(LinkedKind notice, ProcurementStatus status) {
        return switch (status) {
            case TENDER_PUBLISHED -> notice.kind() == Notice.Kind.CONTRACT && !notice.cancelled();
            case AWARDED -> notice.kind() == Notice.Kind.AWARD && !notice.cancelled();
            case CANCELLED -> notice.kind() == Notice.Kind.CONTRACT && notice.cancelled();
            default -> false;
        };
    }

    /**
     * Stores the notice ID an entry's tender is expected under (empty removes it) and links the notice at once when
     * it is already here.
     */
    @Transactional
    void expect(String reference, @Nullable String noticeId, String user) {
        PlannedProcurement entry = pipeline.publicEntry(reference)
                .orElseThrow(() -> new Rejected(new Violation("noticeId", "tendernews.link.error.entry")));
        String id =
                noticeId == null || noticeId.isBlank() ? null : noticeId.trim().toLowerCase();
        if (id != null && !NOTICE_ID.matcher(id).matches()) {
            throw new Rejected(new Violation("noticeId", "tendernews.link.error.noticeId"));
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("noticeId", repository.expectedNoticeId(entry.reference()).orElse(null));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("noticeId", id);
        repository.expectNotice(entry.reference(), id, user, clock.instant());
        audit.updated(ENTITY, entry.reference(), before, after);
        if (id != null) {
            for (long rowId : repository.unlinkedRowsOf(id)) {
                link(rowId, entry.reference(), LinkedBy.NOTICE_ID);
            }
        }
    }

    Optional<String> expectedNoticeId(String reference) {
        return repository.expectedNoticeId(reference);
    }

    private void link(long rowId, String reference, LinkedBy by) {
        repository.link(rowId, reference, by);
        // the other notices of the same procedure that arrived first (an award notice before its contract notice)
        Optional<String> procedure = repository.procedureIdOf(rowId);
        if (procedure.isPresent()) {
            for (long other : repository.unlinkedRowsOfProcedure(procedure.get())) {
                repository.link(other, reference, LinkedBy.PROCEDURE);
            }
        }
        apply(reference);
    }

    /**
     * Moves the entry as its linked notices say: a contract notice publishes the tender, an award notice awards it, a
     * contract notice cancelled by a change notice (BT-140 {@code cancel}) cancels it while no other linked contract
     * notice stands. Each move is recorded with the status it
     * left, so that unlinking the notice can take it back.
     */
    void apply(String reference) {
        Optional<PlannedProcurement> entry = pipeline.publicEntry(reference);
        if (entry.isEmpty()) {
            return;
        }
        List<LinkedNotice> linked = repository.linkedNotices(reference);
        Optional<LinkedNotice> contract = last(linked, Notice.Kind.CONTRACT);
        if (contract.isPresent()) {
            LinkedNotice c = contract.get();
            pipeline.publishTender(entry.get(), c.noticeId(), c.documentsUrl(), c.submissionDeadline())
                    .ifPresent(moved -> moves.record(reference, c.rowId(), moved, clock.instant()));
            repository.markApplied(c.rowId(), clock.instant());
            entry = pipeline.publicEntry(reference);
        }
        Optional<LinkedNotice> award = last(linked, Notice.Kind.AWARD);
        if (award.isPresent() && entry.isPresent()) {
            Optional<StatusMoves.Moved> moved = pipeline.award(
                    entry.get(), repository.winnerNames(award.get().rowId()));
            if (moved.isPresent()) {
                moves.record(reference, award.get().rowId(), moved.get(), clock.instant());
                repository.markApplied(award.get().rowId(), clock.instant());
            }
            entry = pipeline.publicEntry(reference);
        }
        // cancelled only while none of its contract notices still stands (a later one of the same procedure would)
        Optional<Cancellation> cancellation =
                contract.isPresent() ? Optional.empty() : repository.cancellation(reference);
        if (cancellation.isPresent() && entry.isPresent()) {
            Cancellation c = cancellation.get();
            pipeline.cancel(entry.get(), c.description())
                    .ifPresent(moved -> moves.record(reference, c.noticeRowId(), moved, clock.instant()));
        }
    }

    private static Optional<LinkedNotice> last(List<LinkedNotice> notices, Notice.Kind kind) {
        return notices.stream().filter(n -> n.kind() == kind).reduce((a, b) -> b);
    }
}
