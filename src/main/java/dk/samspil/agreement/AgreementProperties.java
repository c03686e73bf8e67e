package dk.samspil.agreement;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the agreement module ({@code samspil.agreement.*}).
 *
 * @param wheelReminderCron when reminders of the annual wheel's items are sent (Spring cron, Europe/Copenhagen)
 */
@Validated
@ConfigurationProperties("samspil.agreement")
public record AgreementProperties(
        @DefaultValue("0 30 7 * * *") String wheelReminderCron) {}
