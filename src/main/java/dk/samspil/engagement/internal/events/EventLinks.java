package dk.samspil.engagement.internal.events;

import dk.samspil.platform.ConfirmLinks;
import dk.samspil.platform.PlatformProperties;
import dk.samspil.platform.SignedTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Absolute links to event pages and the personal registration page, whose signed token ends after the event. */
@Component
class EventLinks {

    static final String PURPOSE = "engagement.registration";

    private final PlatformProperties platform;
    private final SignedTokens tokens;
    private final ConfirmLinks confirmLinks;
    private final EventsProperties properties;
    private final Clock clock;

    EventLinks(
            PlatformProperties platform,
            SignedTokens tokens,
            EventsProperties properties,
            Clock clock,
            ConfirmLinks confirmLinks) {
        this.confirmLinks = confirmLinks;
        this.platform = platform;
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
    }

    String eventUrl(long eventId) {
        return platform.link("/arrangementer/" + eventId);
    }

    String personalUrl(Event event, Registration registration) {
        return platform.link("/tilmelding/" + token(event, registration));
    }

    String token(Event event, Registration registration) {
        Instant expires = event.details().endsAt().plus(properties.linkValidityAfterEvent());
        Duration validity = Duration.between(clock.instant(), expires);
        return tokens.create(
                PURPOSE,
                String.valueOf(registration.id()),
                validity.isNegative() || validity.isZero() ? Duration.ofMinutes(1) : validity);
    }

    Optional<Long> registrationId(String token) {
        return confirmLinks.id(PURPOSE, token);
    }
}
