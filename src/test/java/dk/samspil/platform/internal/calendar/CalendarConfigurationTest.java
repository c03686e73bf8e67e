package dk.samspil.platform.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.platform.BusinessCalendar;
import dk.samspil.platform.CalendarProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A configured closing day other than the usual ones is named from the message bundle, in Danish as the API gives it. */
class CalendarConfigurationTest {

    @Test
    void anUnusualClosingDayIsALukkedagAndTheUsualOnesKeepTheirNames() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Locale.ROOT);
        BusinessCalendar calendar = new CalendarConfiguration()
                .businessCalendar(new CalendarProperties(List.of("11-13", "12-24")), messages);

        assertThat(calendar.closedDays(2026))
                .containsEntry(LocalDate.of(2026, 11, 13), "Lukkedag")
                .containsEntry(LocalDate.of(2026, 12, 24), "Juleaftensdag")
                .doesNotContainKey(LocalDate.of(2026, 6, 5));
        assertThat(messages.getMessage("calendar.closingDay", null, Locale.ENGLISH))
                .isEqualTo("Closing day");
    }
}
