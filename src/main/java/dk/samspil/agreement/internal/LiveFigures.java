package dk.samspil.agreement.internal;

import dk.samspil.alerts.AlertFigures;
import dk.samspil.companies.VisitFigures;
import dk.samspil.engagement.EngagementFigures;
import dk.samspil.inquiries.InquiryFigures;
import dk.samspil.inquiries.InquiryStatistics;
import dk.samspil.networks.NetworkFigures;
import dk.samspil.pipeline.PublicationFigures;
import dk.samspil.talent.TalentFigures;
import dk.samspil.tendernews.GuidanceFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads the modules' figures for a range of days. A {@link Range} asks each module at most once, however many
 * indicators read it, so a status pack costs one query per module and range.
 */
@Component
class LiveFigures {

    private final PublicationFigures publications;
    private final AlertFigures alerts;
    private final EngagementFigures engagement;
    private final VisitFigures visits;
    private final InquiryStatistics inquiries;
    private final TalentFigures talent;
    private final NetworkFigures networks;
    private final GuidanceFigures guidance;

    LiveFigures(
            PublicationFigures publications,
            AlertFigures alerts,
            EngagementFigures engagement,
            VisitFigures visits,
            InquiryStatistics inquiries,
            TalentFigures talent,
            NetworkFigures networks,
            GuidanceFigures guidance) {
        this.publications = publications;
        this.alerts = alerts;
        this.engagement = engagement;
        this.visits = visits;
        this.inquiries = inquiries;
        this.talent = talent;
        this.networks = networks;
        this.guidance = guidance;
    }

    Range between(LocalDate from, LocalDate to) {
        return new Range(from, to);
    }

    /** The figures of the days from {@code from} to {@code to}, both included, each read once when first asked. */
    final class Range {

        final LocalDate from;
        final LocalDate to;
        private final Map<String, Object> read = new HashMap<>();

        private Range(LocalDate from, LocalDate to) {
            this.from = from;
            this.to = to;
        }

        @SuppressWarnings("unchecked")
        private <T> T once(String key, Supplier<T> supplier) {
            return (T) read.computeIfAbsent(key, k -> supplier.get());
        }

        long entriesPublished() {
            return once("entries", () -> publications.entriesPublished(from, to));
        }

        AlertFigures.Sent alerts() {
            return once("alerts", () -> alerts.sent(from, to));
        }

        EngagementFigures.Interests interests() {
            return once("interests", () -> engagement.interests(from, to));
        }

        EngagementFigures.Held marketDialogues() {
            return once("dialogues", () -> engagement.marketDialogues(from, to));
        }

        EngagementFigures.Held opiWorkshops() {
            return once("workshops", () -> engagement.opiWorkshops(from, to));
        }

        long opiIdeas() {
            return once("ideas", () -> engagement.opiIdeas(from, to));
        }

        VisitFigures.Visits visits() {
            return once("visits", () -> visits.visits(from, to));
        }

        NetworkFigures.Held networkMeetings() {
            return once("networks", () -> networks.held(from, to));
        }

        GuidanceFigures.Guidance guidance() {
            return once("guidance", () -> guidance.guidance(from, to));
        }

        /** The months of the inquiry statistics that lie in the range (a month counts when it starts in it). */
        List<InquiryFigures> inquiryMonths() {
            return once("inquiries", () -> {
                List<InquiryFigures> months = new ArrayList<>();
                for (int year = from.getYear(); year <= to.getYear(); year++) {
                    for (InquiryFigures month : inquiries.months(year)) {
                        if (!month.from().isBefore(from.withDayOfMonth(1))
                                && !month.from().isAfter(to)) {
                            months.add(month);
                        }
                    }
                }
                return months;
            });
        }

        long inquiries() {
            return inquiryMonths().stream().mapToLong(InquiryFigures::total).sum();
        }

        long inquiriesDue() {
            return inquiryMonths().stream().mapToLong(InquiryFigures::due).sum();
        }

        long inquiriesWithinDeadline() {
            return inquiryMonths().stream()
                    .mapToLong(InquiryFigures::withinDeadline)
                    .sum();
        }

        /** Percent answered within deadline of those due, one decimal; {@code null} when none was due. */
        @Nullable
        BigDecimal shareWithinDeadline() {
            long due = inquiriesDue();
            return due == 0
                    ? null
                    : BigDecimal.valueOf(inquiriesWithinDeadline() * 100)
                            .divide(BigDecimal.valueOf(due), 1, RoundingMode.HALF_UP);
        }

        /** Talent figures of the quarters that start in the range. */
        long[] talent() {
            return once("talent", () -> {
                long hired = 0;
                long fulfilled = 0;
                for (TalentFigures.Count count : talent.counts(TalentFigures.Dimension.QUARTER)) {
                    LocalDate start = quarterStart(count.key());
                    if (start != null && !start.isBefore(Quarters.start(from)) && !start.isAfter(to)) {
                        hired += count.hired();
                        fulfilled += count.fulfilled();
                    }
                }
                return new long[] {hired, fulfilled};
            });
        }

        private static @Nullable LocalDate quarterStart(String key) {
            // 2026-Q4
            if (key == null || !key.matches("\\d{4}-Q[1-4]")) {
                return null;
            }
            int year = Integer.parseInt(key.substring(0, 4));
            int quarter = key.charAt(6) - '0';
            return LocalDate.of(year, quarter * 3 - 2, 1);
        }

        /** The value of a computed indicator; {@code null} when it has none (no inquiry due, a manual kind). */
        @Nullable
        BigDecimal value(IndicatorKind kind, @Nullable String parameter) {
            return switch (kind) {
                case ENTRIES_PUBLISHED -> n(entriesPublished());
                case ALERT_MAILS -> n(alerts().mails());
                case COMPANIES_ALERTED -> n(alerts().companies());
                case INTERESTS -> n(interests().interests());
                case PARTNER_SEEKERS -> n(interests().partnerSeekers());
                case MARKET_DIALOGUES -> n(marketDialogues().held());
                case MARKET_DIALOGUE_PARTICIPANTS -> n(marketDialogues().participants());
                case OPI_WORKSHOPS -> n(opiWorkshops().held());
                case OPI_WORKSHOP_PARTICIPANTS -> n(opiWorkshops().participants());
                case OPI_IDEAS -> n(opiIdeas());
                case COMPANY_VISITS -> n(visits().visits());
                case COMPANY_VISITS_ON_TOPIC -> n(visits().topic(parameter == null ? "" : parameter));
                case COMPANIES_VISITED -> n(visits().companies());
                case INQUIRIES -> n(inquiries());
                case INQUIRIES_WITHIN_DEADLINE -> shareWithinDeadline();
                case STUDENTS_HIRED -> n(talent()[0]);
                case PLACEMENTS_ESTABLISHED -> n(talent()[1]);
                case NETWORK_MEETINGS -> n(networkMeetings().meetings());
                case NETWORK_PARTICIPANTS -> n(networkMeetings().participants());
                case GUIDANCE_CONTACTS -> n(guidance().contacts());
                case GUIDANCE_PASSED_ON -> n(guidance().passedToProvider());
                case MANUAL -> null;
            };
        }

        private static BigDecimal n(long value) {
            return BigDecimal.valueOf(value);
        }
    }
}
