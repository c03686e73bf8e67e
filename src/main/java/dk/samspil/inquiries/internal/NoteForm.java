package dk.samspil.inquiries.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An internal note on a case. */
record NoteForm(
        @NotBlank(message = "{inquiries.error.note.required}")
        @Size(max = 10000, message = "{inquiries.error.size.10000}")
        @Nullable
        String note) {}
