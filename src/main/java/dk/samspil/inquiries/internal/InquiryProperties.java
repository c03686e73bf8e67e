package dk.samspil.inquiries.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of inquiries under {@code samspil.inquiries.*}.
 *
 * @param acknowledgeBusinessDays an inquiry is acknowledged within this many Danish business days after the day of receipt
 * @param answerBusinessDays      an inquiry is answered or forwarded within this many Danish business days after the day of receipt
 */
@ConfigurationProperties("samspil.inquiries")
public record InquiryProperties(@DefaultValue("1") int acknowledgeBusinessDays, @DefaultValue("5") int answerBusinessDays) {

    public InquiryProperties {
        if (acknowledgeBusinessDays < 0 || answerBusinessDays < 0) {
            throw new IllegalArgumentException("Business days must not be negative");
        }
    }
}
