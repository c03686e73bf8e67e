package dk.samspil.talent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.platform.DanishFormats;
import dk.samspil.talent.TalentProperties;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The digest moment is the latest digest day at the digest hour, in Copenhagen time, at or before now. */
class InstitutionDigestTest {

    private static Instant copenhagen(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(DanishFormats.ZONE).toInstant();
    }

    private static InstitutionDigest digest(DayOfWeek day, int hour) {
        TalentProperties properties = new TalentProperties(
                null,
                DataSize.ofMegabytes(5),
                Period.ofMonths(6),
                Duration.ofDays(1),
                Duration.ofDays(7),
                Duration.ofDays(240),
                List.of(),
                Duration.ofDays(14),
                day,
                hour,
                Duration.ofHours(1));
        return new InstitutionDigest(null, properties, Clock.system(DanishFormats.ZONE));
    }

    @Test
    void theMomentIsTheLatestDigestDayAtTheHour() {
        InstitutionDigest monday = digest(DayOfWeek.MONDAY, 7);
        // Monday 7 December 2026
        assertThat(monday.latestMoment(copenhagen("2026-12-07T07:00"))).isEqualTo(copenhagen("2026-12-07T07:00"));
        assertThat(monday.latestMoment(copenhagen("2026-12-07T06:59")))
                .as("before the hour: last week's")
                .isEqualTo(copenhagen("2026-11-30T07:00"));
        assertThat(monday.latestMoment(copenhagen("2026-12-10T12:00"))).isEqualTo(copenhagen("2026-12-07T07:00"));
        assertThat(monday.latestMoment(copenhagen("2026-12-13T23:59"))).isEqualTo(copenhagen("2026-12-07T07:00"));
    }

    @Test
    void anotherDayAndHourAcrossTheSummerTimeChange() {
        InstitutionDigest friday = digest(DayOfWeek.FRIDAY, 15);
        // summer time ends Sunday 25 October 2026: Friday 23 October is summer time, Friday 30 October winter time
        assertThat(friday.latestMoment(copenhagen("2026-10-29T10:00"))).isEqualTo(copenhagen("2026-10-23T15:00"));
        assertThat(friday.latestMoment(copenhagen("2026-10-30T15:30"))).isEqualTo(copenhagen("2026-10-30T15:00"));
    }
}
