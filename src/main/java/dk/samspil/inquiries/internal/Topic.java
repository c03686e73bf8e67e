package dk.samspil.inquiries.internal;

import org.jspecify.annotations.Nullable;

/** A topic inquirers choose; inquiries on it go to its team ({@code null}: to the consultants in general). */
record Topic(long id, String name, @Nullable Long teamId) {}
