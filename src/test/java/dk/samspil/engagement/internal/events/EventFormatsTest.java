package dk.samspil.engagement.internal.events;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.platform.DanishFormats;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** When an event takes place, as pages and mails write it: weekday, date and time range in Copenhagen time. */
class EventFormatsTest {

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private static Instant copenhagen(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(EventFormats.ZONE).toInstant();
    }

    @Test
    void danishEventsReadWeekdayDateAndTimeRangeWithFullStops() {
        LocaleContextHolder.setLocale(DanishFormats.DANISH);
        assertThat(EventFormats.range(copenhagen("2027-01-08T13:00"), copenhagen("2027-01-08T15:30")))
                .isEqualTo("fredag 8. januar 2027 kl. 13.00–15.30");
        // summer time: the Copenhagen clock, not UTC
        assertThat(EventFormats.range(copenhagen("2027-06-21T09:05"), copenhagen("2027-06-21T10:00")))
                .isEqualTo("mandag 21. juni 2027 kl. 09.05–10.00");
        assertThat(EventFormats.moment(copenhagen("2027-01-07T12:00"))).isEqualTo("torsdag 7. januar 2027 kl. 12.00");
    }

    @Test
    void anEventOverSeveralDaysNamesBothDays() {
        LocaleContextHolder.setLocale(DanishFormats.DANISH);
        assertThat(EventFormats.range(copenhagen("2027-01-08T13:00"), copenhagen("2027-01-09T12:00")))
                .isEqualTo("fredag 8. januar 2027 kl. 13.00 – lørdag 9. januar 2027 kl. 12.00");
    }

    @Test
    void englishPagesAndMailsUseTheEnglishConvention() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(EventFormats.range(copenhagen("2027-01-08T13:00"), copenhagen("2027-01-08T15:30")))
                .isEqualTo("Friday 8 January 2027, 13:00–15:30");
        assertThat(EventFormats.moment(copenhagen("2027-01-07T12:00"))).isEqualTo("Thursday 7 January 2027, 12:00");
    }
}
