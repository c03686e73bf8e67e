package dk.samspil.talent.internal;

import java.time.Instant;

/** A company's answer to a project wish. */
record WishAnswer(long id, String companyName, String contactName, String email, String message, Instant createdAt) {}
