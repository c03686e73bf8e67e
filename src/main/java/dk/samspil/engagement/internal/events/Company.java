package dk.samspil.engagement.internal.events;

import java.util.Locale;
import java.util.Set;

/**
 * Who counts as one company for an event's limits (participants per company, one dialogue slot each): the CVR number
 * when the registration gives one, else its mail domain. Two registrations that both give a CVR number are the same
 * company only when the numbers are equal; when one of them gives none, a shared mail domain makes them one.
 * A free-mail domain ({@link EventsProperties#sharedMailDomains()}) says nothing about the company: there
 * {@code mailDomain} is {@code null} and only the CVR number or the address itself counts.
 */
record Company(String cvr, String mailDomain) {

    static Company of(String cvr, String email, Set<String> sharedDomains) {
        String domain = null;
        if (email != null && email.indexOf('@') > 0) {
            domain = email.substring(email.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT);
            if (domain.isEmpty() || sharedDomains.contains(domain)) {
                domain = null;
            }
        }
        return new Company(cvr, domain);
    }
}
