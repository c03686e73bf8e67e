package dk.samspil.newsletter.internal;

import org.jspecify.annotations.Nullable;

/** "Send me my link" on the sign-up page: the address the preference-centre link goes to. */
record LinkForm(@Nullable String email) {}
