package dk.samspil.companies.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An agreed follow-up of a visit, with the company and the visit it belongs to. */
record CompanyFollowUp(
        long id,
        long noteId,
        String task,
        String owner,
        LocalDate dueDate,
        @Nullable Instant remindedAt,
        @Nullable Instant doneAt,
        @Nullable String doneBy,
        String cvr,
        String companyName,
        String noteTitle) {

    public boolean done() {
        return doneAt != null;
    }
}
