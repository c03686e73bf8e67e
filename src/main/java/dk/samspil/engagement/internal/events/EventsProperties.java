package dk.samspil.engagement.internal.events;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
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
 * @param workshopParticipantsPerCompany the participants per company a new OPI workshop allows when staff leave the
 *                           field empty; 0 for no limit
 * @param sharedMailDomains  mail domains that many unrelated people use (free mail): a registration without a CVR
 *                           number from such a domain counts as its own company, not as one with the others there
 */
@ConfigurationProperties("samspil.engagement.events")
public record EventsProperties(
        @DefaultValue("48h") Duration offerValidity,
        @DefaultValue("2d") Duration reminderBefore,
        @DefaultValue("90d") Duration registrationRetention,
        @DefaultValue("1m") Duration jobInterval,
        @DefaultValue("1d") Duration linkValidityAfterEvent,
        @DefaultValue("2") int workshopParticipantsPerCompany,

        @DefaultValue({
            "gmail.com",
            "googlemail.com",
            "hotmail.com",
            "hotmail.dk",
            "outlook.com",
            "outlook.dk",
            "live.com",
            "live.dk",
            "msn.com",
            "yahoo.com",
            "yahoo.dk",
            "icloud.com",
            "me.com",
            "mail.dk",
            "jubii.dk",
            "ofir.dk",
            "email.dk",
            "protonmail.com",
            "proton.me",
            "gmx.com",
            "gmx.net",
            "aol.com"
        })
        List<String> sharedMailDomains) {

    public EventsProperties {
        sharedMailDomains = sharedMailDomains == null ? List.of() : List.copyOf(sharedMailDomains);
    }

    /** The shared domains in lower case, for lookups. */
    Set<String> sharedDomains() {
        return sharedMailDomains.stream()
                .map(d -> d.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }
}
