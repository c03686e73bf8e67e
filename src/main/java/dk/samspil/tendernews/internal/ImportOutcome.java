package dk.samspil.tendernews.internal;

import org.jspecify.annotations.Nullable;

/**
 * What importing one notice did.
 *
 * @param rowId               the stored notice
 * @param duplicate           the same notice and version was there already; nothing was stored
 * @param changeApplied       a change notice whose notice was there and is changed now
 * @param changePending       a change notice whose notice has not arrived; applied when it does
 * @param linkedReference     the pipeline entry the notice was linked to, if any
 */
record ImportOutcome(
        long rowId,
        Notice notice,
        boolean duplicate,
        boolean changeApplied,
        boolean changePending,
        @Nullable String linkedReference) {}
