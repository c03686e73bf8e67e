package dk.samspil.pipeline.internal.publicsite;

import dk.samspil.pipeline.EstimatedValue;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementStatus;
import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.FrontPageContribution;
import dk.samspil.platform.PageFragment;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the front page shows of the plan: the search box with the live counts ("23 kommende indkøb til en anslået
 * værdi af 41 mio. kr.") and the newest and the soonest expected purchases, no entry twice. "Kommende" are the public
 * entries still to come: not cancelled or awarded, expected no earlier than today. Read from the public search
 * index's entries in memory, so the most visited page asks the database nothing.
 */
@Component
class FrontPagePurchases {

    /** Entries in each of the two lists. */
    static final int SHOWN = 3;

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final Comparator<PlannedProcurement> NEWEST = Comparator.comparing(
                    PlannedProcurement::publishedAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(PlannedProcurement::id, Comparator.reverseOrder());

    /**
     * The live counts of the plan.
     *
     * @param count the number of upcoming entries
     * @param total what they are estimated to be worth together (a range counts with its middle), in words
     */
    record Facts(long count, String total) {}

    /** The two lists; an entry that is both newest and soonest is only in the first. */
    record Lists(List<PlannedProcurement> newest, List<PlannedProcurement> soonest) {

        public boolean isEmpty() {
            return newest.isEmpty() && soonest.isEmpty();
        }
    }

    private final PublicSearchIndex index;
    private final DanishFormats formats;
    private final Clock clock;

    FrontPagePurchases(PublicSearchIndex index, DanishFormats formats, Clock clock) {
        this.index = index;
        this.formats = formats;
        this.clock = clock;
    }

    public Facts facts() {
        PublicSearchIndex.Snapshot s = index.snapshot();
        long today = LocalDate.now(clock).toEpochDay();
        long count = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (int doc = 0; doc < s.size(); doc++) {
            PlannedProcurement entry = s.entry(doc);
            if (upcoming(entry, s.expectedTo()[doc], today)) {
                count++;
                EstimatedValue value = entry.details().value();
                if (value.min() != null && value.max() != null) {
                    total = total.add(value.min().add(value.max()).divide(TWO));
                }
            }
        }
        return new Facts(count, total(total));
    }

    public Lists lists() {
        PublicSearchIndex.Snapshot s = index.snapshot();
        long today = LocalDate.now(clock).toEpochDay();
        List<PlannedProcurement> upcoming = new ArrayList<>();
        for (int doc = 0; doc < s.size(); doc++) {
            if (upcoming(s.entry(doc), s.expectedTo()[doc], today)) {
                upcoming.add(s.entry(doc));
            }
        }
        List<PlannedProcurement> newest = first(upcoming, NEWEST, SHOWN);
        // the snapshot is in expected order already
        List<PlannedProcurement> soonest =
                upcoming.stream().filter(p -> !newest.contains(p)).limit(SHOWN).toList();
        return new Lists(newest, soonest);
    }

    /** The first {@code n} in the given order, in one pass (no sort of every entry). */
    private static List<PlannedProcurement> first(
            List<PlannedProcurement> entries, Comparator<PlannedProcurement> order, int n) {
        List<PlannedProcurement> first = new ArrayList<>(n + 1);
        for (PlannedProcurement entry : entries) {
            if (first.size() < n || order.compare(entry, first.get(first.size() - 1)) < 0) {
                int at = first.size();
                while (at > 0 && order.compare(entry, first.get(at - 1)) < 0) {
                    at--;
                }
                first.add(at, entry);
                if (first.size() > n) {
                    first.remove(n);
                }
            }
        }
        return first;
    }

    private static boolean upcoming(PlannedProcurement entry, long expectedTo, long today) {
        return entry.status() != ProcurementStatus.CANCELLED
                && entry.status() != ProcurementStatus.AWARDED
                && expectedTo >= today;
    }

    private String total(BigDecimal amount) {
        return formats.roundedAmount(amount, LocaleContextHolder.getLocale());
    }

    @Component
    @Order(10)
    static class SearchBox implements FrontPageContribution {

        private final FrontPagePurchases purchases;

        SearchBox(FrontPagePurchases purchases) {
            this.purchases = purchases;
        }

        @Override
        public Place place() {
            return Place.SEARCH;
        }

        @Override
        public Optional<PageFragment> fragment() {
            return Optional.of(new PageFragment("pipeline/public/front", "frontSearch", purchases.facts()));
        }
    }

    @Component
    @Order(10)
    static class NewestAndSoonest implements FrontPageContribution {

        private final FrontPagePurchases purchases;

        NewestAndSoonest(FrontPagePurchases purchases) {
            this.purchases = purchases;
        }

        @Override
        public Place place() {
            return Place.SECTIONS;
        }

        @Override
        public Optional<PageFragment> fragment() {
            return Optional.of(new PageFragment("pipeline/public/front", "frontPurchases", purchases.lists()));
        }
    }
}
