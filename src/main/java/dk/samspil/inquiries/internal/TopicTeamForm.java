package dk.samspil.inquiries.internal;

import org.jspecify.annotations.Nullable;

/** The team a topic's inquiries go to from now on ({@code null}: the consultants in general). */
record TopicTeamForm(@Nullable Long teamId) {}
