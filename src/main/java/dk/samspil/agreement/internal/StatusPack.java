package dk.samspil.agreement.internal;

import dk.samspil.inquiries.InquiryFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The status-meeting pack, made from live data: for a meeting, the days since the previous meeting (or the period's
 * start) up to the meeting's day — or today, if that is earlier. Indicators against their targets (for the period so
 * far, and the part since the last meeting), the budget's use, inquiries and their deadlines, highlights, and the
 * decisions and actions of the previous meeting with their status, plus every action still open.
 */
@Service
class StatusPack {

    /** The highlights of the days covered. */
    record Highlights(
            long entriesPublished,
            long marketDialogues,
            long opiWorkshops,
            long workshopParticipants,
            long companiesVisited,
            long visits,
            long networkMeetings,
            long alertMails) {}

    record Inquiries(
            List<InquiryFigures> months,
            long total,
            long due,
            long withinDeadline,
            @Nullable BigDecimal share) {}

    record IndicatorRow(
            FocusService.Group group,
            FocusService.Area area,
            FocusService.Status status,
            @Nullable BigDecimal sinceLast) {}

    record Pack(
            StatusMeetings.Meeting meeting,
            AgreementService.Period period,
            StatusMeetings.@Nullable Meeting previous,
            LocalDate from,
            LocalDate to,
            List<IndicatorRow> indicators,
            AgreementService.Budget budget,
            BigDecimal spentSinceLast,
            Inquiries inquiries,
            Highlights highlights,
            List<StatusMeetings.Decision> previousDecisions,
            List<StatusMeetings.Action> previousActions,
            List<StatusMeetings.Action> carried) {

        /** The largest of planned and spent among the focus areas, for the chart's scale (at least 1). */
        public long chartMaxOre() {
            return Math.max(
                    1,
                    budget.areas().stream()
                            .mapToLong(a -> Math.max(a.plannedOre(), a.spentOre()))
                            .max()
                            .orElse(1));
        }

        /** The month of a row of the inquiry statistics. */
        public java.time.YearMonth month(InquiryFigures figures) {
            return java.time.YearMonth.from(figures.from());
        }

        /** A bar's width in the chart (0–300) for an amount in øre. */
        public long bar(long ore) {
            return Math.round(ore * 300.0 / chartMaxOre());
        }
    }

    private final AgreementService agreements;
    private final FocusService focus;
    private final StatusMeetings meetings;
    private final LiveFigures live;

    StatusPack(AgreementService agreements, FocusService focus, StatusMeetings meetings, LiveFigures live) {
        this.agreements = agreements;
        this.focus = focus;
        this.meetings = meetings;
        this.live = live;
    }

    @Transactional(readOnly = true)
    Pack pack(StatusMeetings.Meeting meeting) {
        AgreementService.Period period = agreements.find(meeting.periodId()).orElseThrow();
        StatusMeetings.Meeting previous = meetings.previous(meeting).orElse(null);
        LocalDate today = agreements.today();
        LocalDate from = previous == null || previous.heldOn().isBefore(period.startsOn())
                ? period.startsOn()
                : previous.heldOn().plusDays(1);
        LocalDate to = meeting.heldOn().isAfter(today) ? today : meeting.heldOn();
        if (to.isBefore(from)) {
            to = from;
        }
        LiveFigures.Range since = live.between(from, to);
        Map<Long, FocusService.Status> statuses = focus.statuses(period, to);
        List<IndicatorRow> rows = new java.util.ArrayList<>();
        for (FocusService.Group group : focus.groups()) {
            for (FocusService.Area area : group.areas()) {
                for (FocusService.Indicator indicator : area.indicators()) {
                    FocusService.Status status = statuses.get(indicator.id());
                    BigDecimal sinceLast =
                            indicator.kind().computed() ? since.value(indicator.kind(), indicator.parameter()) : null;
                    rows.add(new IndicatorRow(group, area, status, sinceLast));
                }
            }
        }
        Inquiries inquiries = new Inquiries(
                since.inquiryMonths(),
                since.inquiries(),
                since.inquiriesDue(),
                since.inquiriesWithinDeadline(),
                since.shareWithinDeadline());
        Highlights highlights = new Highlights(
                since.entriesPublished(),
                since.marketDialogues().held(),
                since.opiWorkshops().held(),
                since.opiWorkshops().participants() + since.marketDialogues().participants(),
                since.visits().companies(),
                since.visits().visits(),
                since.networkMeetings().meetings(),
                since.alerts().mails());
        return new Pack(
                meeting,
                period,
                previous,
                from,
                to,
                rows,
                agreements.budget(period),
                agreements.spentBetween(period.id(), from, to),
                inquiries,
                highlights,
                previous == null ? List.of() : meetings.decisions(previous.id()),
                previous == null ? List.of() : meetings.actionsOf(previous.id()),
                meetings.carriedTo(meeting));
    }
}
