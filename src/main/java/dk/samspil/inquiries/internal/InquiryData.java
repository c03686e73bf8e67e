package dk.samspil.inquiries.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An inquiry as it was received; {@code cvr} is normalised, {@code politician} is set exactly for the political level; {@code topicId} names an existing topic or is {@code null}. */
record InquiryData(
        Channel channel,
        @Nullable String politician,
        String name,
        @Nullable String companyName,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String cvr,
        String subject,
        String message,
        LocalDate receivedOn,
        @Nullable Long topicId) {}
