package dk.samspil.agreement.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An idea for a joint project, proposed by a member of staff. */
record IdeaForm(
        @Nullable Long ideaFocusAreaId,

        @NotBlank(message = "{agreement.idea.title.required}") @Size(max = 200) @dk.samspil.platform.SingleLine
        String ideaTitle,

        @NotBlank(message = "{agreement.idea.description.required}") @Size(max = 4000)
        String ideaDescription) {}
