package dk.samspil.agreement.internal.wheel;

import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.MailOutbox;
import dk.samspil.platform.OutgoingMail;
import dk.samspil.platform.PlatformProperties;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds each item's owner by e-mail of its dates coming up within the item's reminder days, on
 * {@code samspil.agreement.wheel-reminder-cron}; each date of an item once, whichever instance claims it (the claim
 * and the mail commit together). Public so that tests can run it at once instead of waiting for the schedule.
 */
@Component
class WheelReminders {

    private final WheelService wheel;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final DanishFormats formats;
    private final PlatformProperties platform;

    WheelReminders(
            WheelService wheel,
            MailOutbox outbox,
            MessageSource messages,
            DanishFormats formats,
            PlatformProperties platform) {
        this.wheel = wheel;
        this.outbox = outbox;
        this.messages = messages;
        this.formats = formats;
        this.platform = platform;
    }

    /** @return how many reminders were queued */
    @Scheduled(cron = "${samspil.agreement.wheel-reminder-cron:0 30 7 * * *}", zone = "Europe/Copenhagen")
    @Transactional
    int remind() {
        int sent = 0;
        for (WheelService.Due due : wheel.claimDueReminders()) {
            WheelItem item = due.item();
            String date = formats.date(due.date(), DanishFormats.DANISH);
            String body = text(
                    "agreement.wheel.mail.reminder.body",
                    due.owner().name(),
                    item.title(),
                    date,
                    text("agreement.wheel.category." + item.category()),
                    platform.link(WheelPaths.year(due.date().getYear())));
            if (item.description() != null) {
                body += "\n\n" + item.description();
            }
            outbox.enqueue(OutgoingMail.of(
                    "agreement.wheelReminder",
                    due.owner().email(),
                    text("agreement.wheel.mail.reminder.subject", item.title(), date),
                    body));
            sent++;
        }
        return sent;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, DanishFormats.DANISH);
    }
}
