package dk.samspil.pipeline;

import dk.samspil.platform.Violation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Creates, edits, publishes and moves planned procurements through their life cycle. Every change of a public
 * entry lands in its change log and is published as an event in the same transaction. Refusals are
 * {@link dk.samspil.platform.Rejected} with the broken rules, or {@link PublicationsRejected} for several drafts.
 * Implemented inside the module; other modules use only this interface.
 */
public interface ProcurementService {

    /** The entity name of planned procurements in the audit log. */
    String ENTITY = "PlannedProcurement";

    Optional<PlannedProcurement> find(@Nullable String reference);

    List<ProcurementChange> history(String reference);

    /** Checks an entry without storing it: for the import preview and the API. */
    List<Violation> validateNew(@Nullable String reference, ProcurementDetails details);

    PlannedProcurement createDraft(@Nullable String reference, ProcurementDetails details);

    /** Creates many drafts in one transaction: all of them or, on the first rejection, none. */
    List<PlannedProcurement> createDrafts(List<NewProcurement> procurements);

    /** A new draft with the content of an existing entry, for the next similar purchase. */
    PlannedProcurement duplicate(String reference, @Nullable String newReference);

    /**
     * The next free reference of this year with the organisation's prefix: {@code SK-2027-019} when
     * {@code SK-2027-018} is the highest, {@code SK-2027-001} in a year without entries. Only a suggestion: two
     * officers may get the same one, and {@link #createDraft} refuses the second.
     */
    String nextReference(String prefix);

    /**
     * Changes the content. For a public entry the change is logged with the public {@code reason} and announced;
     * it is material when the expected date, value band, CPV codes or lots changed. A change that reaches the
     * subscribers (expected date, value, CPV codes, lots) needs a reason, so the public history always explains it.
     */
    PlannedProcurement update(String reference, ProcurementDetails details, @Nullable String reason);

    /**
     * What stands in the way of publishing each of these entries, by reference in the given order; empty lists when
     * every one of them can be published.
     */
    Map<String, List<Violation>> publicationProblems(List<String> references);

    /**
     * Publishes several drafts in one transaction, each exactly as {@link #publish} does (change log, event, alerts);
     * when any of them cannot be published, none is.
     */
    List<PlannedProcurement> publishAll(List<String> references);

    PlannedProcurement publish(String reference);

    /**
     * Moves a published entry along its life cycle. Postponing and cancelling need a public reason; a published
     * tender needs the address of the tender notice.
     */
    PlannedProcurement changeStatus(
            String reference, @Nullable ProcurementStatus status, @Nullable String reason, @Nullable String tenderUrl);

    /**
     * Takes back status changes that another module made from what it read elsewhere, e.g. a tender notice that staff
     * find was linked to the wrong entry: moves the entry from {@code current} back to {@code back} with the status
     * reason and tender address it had then, outside the usual life cycle. The change log keeps it as a status change
     * with the public {@code reason}, and it is announced as a plain status change (never as a published tender), so
     * followers read what was corrected. Refused when the entry no longer has {@code current}.
     *
     * @return the id of the entry's change log entry, to tell this change from later ones
     */
    long restoreStatus(
            String reference,
            ProcurementStatus current,
            ProcurementStatus back,
            @Nullable String backReason,
            @Nullable String backTenderUrl,
            String reason);

    /** The id of the entry's latest status change in its change log (its publication when it never moved). */
    long latestStatusChange(String reference);

    /** The ids of the entry's status changes in its change log after the given one, oldest first. */
    List<Long> statusChangesAfter(String reference, long changeId);
}
