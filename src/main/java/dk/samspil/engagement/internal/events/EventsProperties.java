package dk.samspil.engagement.internal.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Event settings under {@code samspil.engagement.events.*}.
 *
 * @param offerValidity      how long a company offered a seat from the waiting list has to accept it
 * @param reminderBefore     how long before the start the reminder mail goes out
 * @param registrationRetention registrations are deleted this long after their event has ended
 * @param jobInterval        how often offer expiry, reminders and the retention clean-up run
 * @param linkValidityAfterEvent the personal registration link works until this long after the event ends
 */
@ConfigurationProperties("samspil.engagement.events")
public record EventsProperties(
        @DefaultValue("48h") Duration offerValidity,
        @DefaultValue("2d") Duration reminderBefore,
        @DefaultValue("90d") Duration registrationRetention,
        @DefaultValue("1m") Duration jobInterval,
        @DefaultValue("1d") Duration linkValidityAfterEvent) {
}
