package dk.samspil.companies.internal;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import dk.samspil.platform.SingleLine;

/** A visit or note: when, what about, what was said and who may read it. */
record VisitForm(
        @NotNull(message = "{companies.error.visitDate.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate visitDate,
        @NotBlank(message = "{companies.error.title.required}") @Size(max = 200, message = "{companies.error.size.200}")
        @SingleLine String title,
        @NotBlank(message = "{companies.error.notes.required}") @Size(max = 20000, message = "{companies.error.size.20000}")
        String notes,
        List<Topic> topics,
        @NotNull(message = "{companies.error.sharedWith.required}") Sharing sharedWith) {

    static VisitForm empty(LocalDate today, Sharing sharing) {
        return new VisitForm(today, null, null, List.of(), sharing);
    }

    NoteData toData() {
        return new NoteData(visitDate, topics == null ? List.of() : topics, title, notes, sharedWith);
    }
}
