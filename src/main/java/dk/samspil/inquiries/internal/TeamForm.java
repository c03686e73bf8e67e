package dk.samspil.inquiries.internal;

import dk.samspil.platform.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A consultant team: its name and its members' e-mail addresses, separated by commas, spaces or lines. */
record TeamForm(
        @NotBlank(message = "{inquiries.error.teamName.required}")
        @Size(max = 100, message = "{inquiries.error.size.100}")
        @SingleLine
        @Nullable
        String teamName,

        @Size(max = 5000, message = "{inquiries.error.size.5000}") @Nullable
        String members) {

    /** The addresses written, lower case, each once. */
    static List<String> addresses(@Nullable String members) {
        if (members == null) {
            return List.of();
        }
        return Arrays.stream(members.split("[,;\\s]+"))
                .filter(part -> !part.isBlank())
                .map(part -> part.strip().toLowerCase(java.util.Locale.ROOT))
                .distinct()
                .toList();
    }
}
