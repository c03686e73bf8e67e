package dk.samspil.inquiries.internal;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A team's members' e-mail addresses, separated by commas, spaces or lines. */
record MembersForm(
        @Size(max = 5000, message = "{inquiries.error.size.5000}") @Nullable
        String members) {}
