package dk.samspil.pipeline.internal.publicsite;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.internal.procurement.ProcurementRepository;
import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.FrontPageContribution;
import dk.samspil.platform.PageFragment;

/**
 * What the front page shows of the plan: the search box with the live counts ("23 kommende indkøb til en anslået
 * værdi af 41 mio. kr.") and the newest and the soonest expected purchases, no entry twice. "Kommende" are the public
 * entries still to come: not cancelled or awarded, expected no earlier than today. Three queries, however many
 * entries there are.
 */
@Component
class FrontPagePurchases {

    /** Entries in each of the two lists. */
    static final int SHOWN = 3;

    private static final String UPCOMING =
            " WHERE p.status NOT IN ('DRAFT', 'CANCELLED', 'AWARDED') AND p.expected_to >= :today";
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    /**
     * The live counts of the plan.
     *
     * @param count the number of upcoming entries
     * @param total what they are estimated to be worth together (a range counts with its middle), in words
     */
    record Facts(long count, String total) {
    }

    /** The two lists; an entry that is both newest and soonest is only in the first. */
    record Lists(List<PlannedProcurement> newest, List<PlannedProcurement> soonest) {

        public boolean isEmpty() {
            return newest.isEmpty() && soonest.isEmpty();
        }
    }

    private final JdbcClient jdbc;
    private final ProcurementRepository repository;
    private final DanishFormats formats;
    private final MessageSource messages;
    private final Clock clock;

    FrontPagePurchases(JdbcClient jdbc, ProcurementRepository repository, DanishFormats formats,
                       MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.formats = formats;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Facts facts() {
        return jdbc.sql("""
                        SELECT count(*) AS entries,
                               coalesce(sum((p.value_min_dkk + p.value_max_dkk) / 2), 0) AS total
                        FROM planned_procurement p
                        """ + UPCOMING)
                .param("today", LocalDate.now(clock))
                .query((rs, row) -> new Facts(rs.getLong("entries"), total(rs.getBigDecimal("total"))))
                .single();
    }

    @Transactional(readOnly = true)
    public Lists lists() {
        LocalDate today = LocalDate.now(clock);
        List<PlannedProcurement> newest = jdbc.sql(ProcurementRepository.SELECT + UPCOMING + """

                        ORDER BY p.published_at DESC NULLS LAST, p.id DESC LIMIT :limit""")
                .param("today", today).param("limit", SHOWN)
                .query(repository::map).list();
        List<Long> shown = newest.isEmpty() ? List.of(-1L) : newest.stream().map(PlannedProcurement::id).toList();
        List<PlannedProcurement> soonest = jdbc.sql(ProcurementRepository.SELECT + UPCOMING + """

                          AND p.id NOT IN (:shown)
                        ORDER BY p.expected_from, p.id LIMIT :limit""")
                .param("today", today).param("shown", shown).param("limit", SHOWN)
                .query(repository::map).list();
        return new Lists(newest, soonest);
    }

    /** {@code 41 mio. kr.} from a million on (whole millions from ten), else the amount itself. */
    private String total(BigDecimal amount) {
        Locale locale = LocaleContextHolder.getLocale();
        if (amount.compareTo(MILLION) < 0) {
            return formats.amount(amount.setScale(0, RoundingMode.HALF_UP));
        }
        BigDecimal millions = amount.divide(MILLION, amount.compareTo(MILLION.multiply(BigDecimal.TEN)) >= 0 ? 0 : 1,
                RoundingMode.HALF_UP);
        boolean english = "en".equals(locale.getLanguage());
        String number = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(
                english ? Locale.UK : DanishFormats.DANISH)).format(millions);
        return messages.getMessage("pipeline.front.millions", new Object[] {number}, locale);
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
