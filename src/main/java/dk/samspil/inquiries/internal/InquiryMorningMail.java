package dk.samspil.inquiries.internal;

import dk.samspil.platform.BusinessCalendar;
import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.MailOutbox;
import dk.samspil.platform.OutgoingMail;
import dk.samspil.platform.PlatformProperties;
import dk.samspil.platform.Roles;
import dk.samspil.platform.StaffDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each business-day morning ({@code samspil.inquiries.morning-mail-at}, Danish time) every manager gets one mail
 * listing the open inquiries that are overdue and those due today or on the next business day. None on weekends and
 * holidays, none when nothing is due, and at most one decision per day (a row per day, claimed in the transaction
 * that puts the mails in the outbox).
 */
@Component
class InquiryMorningMail {

    private static final Logger log = LoggerFactory.getLogger(InquiryMorningMail.class);
    static final int MAX_LISTED = 200;

    private final InquiryRepository repository;
    private final InquiryProperties properties;
    private final StaffDirectory staff;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final DanishFormats formats;
    private final BusinessCalendar calendar;
    private final Clock clock;
    private final String baseUrl;

    InquiryMorningMail(
            InquiryRepository repository,
            InquiryProperties properties,
            StaffDirectory staff,
            MailOutbox outbox,
            MessageSource messages,
            DanishFormats formats,
            BusinessCalendar calendar,
            Clock clock,
            PlatformProperties platform) {
        this.repository = repository;
        this.properties = properties;
        this.staff = staff;
        this.outbox = outbox;
        this.messages = messages;
        this.formats = formats;
        this.calendar = calendar;
        this.clock = clock;
        this.baseUrl = platform.baseUrl().replaceAll("/+$", "");
    }

    @Scheduled(fixedDelayString = "${samspil.inquiries.morning-mail-check:10m}", initialDelayString = "1m")
    void scheduled() {
        int sent = send(clock.instant());
        if (sent > 0) {
            log.info("Inquiries: morning mail to {} manager(s)", sent);
        }
    }

    /** Decides the morning mail at {@code now}. @return how many mails were put in the outbox */
    @Transactional
    int send(Instant now) {
        ZonedDateTime local = now.atZone(DanishFormats.ZONE);
        LocalDate today = local.toLocalDate();
        if (local.toLocalTime().isBefore(properties.morningMailAt()) || !calendar.isBusinessDay(today)) {
            return 0;
        }
        LocalDate nextBusinessDay = calendar.addBusinessDays(today, 1);
        List<Inquiry> due = repository.openDueBy(nextBusinessDay, MAX_LISTED + 1);
        List<Inquiry> overdue = due.stream()
                .filter(inquiry -> inquiry.answerBy().isBefore(today))
                .toList();
        List<Inquiry> dueSoon = due.stream()
                .filter(inquiry -> !inquiry.answerBy().isBefore(today))
                .toList();
        List<String> managers = due.isEmpty() ? List.of() : staff.activeEmailsWithRole(Roles.MANAGEMENT);
        if (!repository.claimMorningMail(today, now, overdue.size(), dueSoon.size(), managers.size())
                || due.isEmpty()) {
            return 0;
        }
        Locale da = DanishFormats.DANISH;
        String subject = messages.getMessage(
                "inquiries.morning.subject",
                new Object[] {overdue.size(), dueSoon.size(), formats.date(today, da)},
                da);
        String body = messages.getMessage(
                "inquiries.morning.body",
                new Object[] {
                    lines(overdue, da, "inquiries.morning.noneOverdue"),
                    lines(dueSoon, da, "inquiries.morning.noneDueSoon"),
                    baseUrl + InquiryController.BASE,
                    due.size() > MAX_LISTED
                            ? messages.getMessage("inquiries.morning.more", new Object[] {MAX_LISTED}, da)
                            : ""
                },
                da);
        managers.forEach(manager -> outbox.enqueue(OutgoingMail.of("inquiries.morning", manager, subject, body)));
        return managers.size();
    }

    private String lines(List<Inquiry> inquiries, Locale da, String noneKey) {
        if (inquiries.isEmpty()) {
            return messages.getMessage(noneKey, null, da);
        }
        return inquiries.stream()
                .limit(MAX_LISTED)
                .map(inquiry -> messages.getMessage(
                        "inquiries.morning.line",
                        new Object[] {
                            inquiry.caseNumber(),
                            inquiry.subject(),
                            formats.date(inquiry.answerBy(), da),
                            inquiry.assignee() != null
                                    ? inquiry.assignee()
                                    : messages.getMessage(
                                            "inquiries.queue." + inquiry.queue().name(), null, da)
                        },
                        da))
                .collect(Collectors.joining("\n"));
    }
}
