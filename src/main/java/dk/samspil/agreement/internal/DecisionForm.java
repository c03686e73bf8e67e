package dk.samspil.agreement.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A decision of a status meeting and, optionally, the action that follows (with its owner and due date). */
record DecisionForm(
        @NotBlank(message = "{agreement.decision.required}") @Size(max = 2000)
        String decision,

        @Size(max = 1000) @dk.samspil.platform.SingleLine @Nullable
        String actionText,

        @Size(max = 200) @dk.samspil.platform.SingleLine @Nullable
        String owner,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate dueOn) {

    static DecisionForm empty() {
        return new DecisionForm("", "", "", null);
    }
}
