package dk.samspil.talent;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the talent bridge ({@code samspil.talent.*}).
 *
 * @param cvKey              the AES-256 key the CVs are encrypted with at rest: 32 bytes, base64. Without it a random
 *                           key is generated once and kept in the database (like the token key)
 * @param cvMaxSize          the largest CV accepted
 * @param cvRetention        how long after the opportunity's deadline an application and its CV are kept
 * @param retentionInterval  how often the retention job runs
 * @param postLinkValidity   how long the company's link to confirm an opportunity works
 * @param applicationLinkValidity how long the company's link to an application, and the student's link to withdraw it,
 *                           work (they stop working anyway when the application is deleted)
 * @param institutions       the educational institutions an opportunity can be aimed at
 * @param editLinkValidity   how long the company's link to edit its opportunity, mailed when a consultant asks for
 *                           changes, works (it stops anyway once the opportunity is sent back or decided)
 * @param digestDay          the weekday of the institutions' weekly digest of new opportunities in their fields
 * @param digestHour         the hour of that day (0–23, Europe/Copenhagen) from which the digest goes out
 * @param digestCheckInterval how often the digest job looks whether a digest is due
 */
@ConfigurationProperties("samspil.talent")
public record TalentProperties(
        @Nullable String cvKey,
        @DefaultValue("5MB") DataSize cvMaxSize,
        @DefaultValue("P6M") Period cvRetention,
        @DefaultValue("1d") Duration retentionInterval,
        @DefaultValue("7d") Duration postLinkValidity,
        @DefaultValue("240d") Duration applicationLinkValidity,
        @DefaultValue List<String> institutions,
        @DefaultValue("14d") Duration editLinkValidity,
        @DefaultValue("MONDAY") DayOfWeek digestDay,
        @DefaultValue("7") int digestHour,
        @DefaultValue("1h") Duration digestCheckInterval) {}
