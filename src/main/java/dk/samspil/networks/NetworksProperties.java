package dk.samspil.networks;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the networks module ({@code samspil.networks.*}).
 *
 * @param reminderDaysBefore how many days before an action's due date its owner is reminded by e-mail
 * @param reminderCron       when the reminders of due actions are sent (Spring cron, Europe/Copenhagen)
 * @param membershipCron     when the members' lists are put in step with joining and leaving dates that have come
 *                           (Spring cron, Europe/Copenhagen); a member leaving on a day is off the list from that day
 */
@Validated
@ConfigurationProperties("samspil.networks")
public record NetworksProperties(
        @DefaultValue("3") @Min(0) @Max(60) int reminderDaysBefore,
        @DefaultValue("0 15 7 * * *") String reminderCron,
        @DefaultValue("0 5 0 * * *") String membershipCron) {}
