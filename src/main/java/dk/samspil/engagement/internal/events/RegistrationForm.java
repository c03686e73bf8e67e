package dk.samspil.engagement.internal.events;

import dk.samspil.platform.Numbers;
import java.util.Locale;

/** The public registration form; numbers arrive as text so that bad input gets a message, not a bind error. */
record RegistrationForm(
        String name,
        String company,
        String cvr,
        String email,
        String participants,
        String needs,
        String slotId,
        Boolean joinWaitingList) {

    static RegistrationForm empty() {
        return new RegistrationForm("", "", "", "", "1", "", "", Boolean.FALSE);
    }

    /** The request, with mails in the language the page was shown in. */
    RegistrationRequest request(Locale locale) {
        return new RegistrationRequest(
                name,
                company,
                cvr,
                email,
                number(participants),
                needs,
                number(slotId) == null ? null : number(slotId).longValue(),
                Boolean.TRUE.equals(joinWaitingList),
                "en".equals(locale.getLanguage()) ? "en" : "da");
    }

    static Integer number(String text) {
        return Numbers.wholeNumber(text).orElse(null);
    }
}
