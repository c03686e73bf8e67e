package dk.samspil.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Published test entries that only one test class can find: every title carries a made-up word, and every
 * reference starts with a random prefix. The database is shared by all tests, so assertions filter on these.
 */
public final class PublicEntries {

    private static final Random RANDOM = new Random();

    private PublicEntries() {}

    /** A word no real entry contains, e.g. {@code kvibdmoxa}. */
    public static String uniqueWord() {
        StringBuilder word = new StringBuilder("kv");
        for (int i = 0; i < 7; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    public static String uniqueReference(String prefix) {
        return prefix + "-"
                + Integer.toString(100_000 + RANDOM.nextInt(900_000), 36).toUpperCase(Locale.ROOT);
    }

    public static int nextYear() {
        return LocalDate.now().getYear() + 1;
    }

    public static ProcurementDetails details(
            String title,
            String description,
            Long buyingUnitId,
            String cpv,
            EstimatedValue value,
            ProcurementProcedure procedure,
            ExpectedPeriod expected,
            boolean sme,
            boolean consortia,
            List<Lot> lots) {
        return new ProcurementDetails(
                title,
                description,
                buyingUnitId,
                "Jens Jensen",
                "jens@slagelse.dk",
                "58 57 36 00",
                List.of(cpv),
                null,
                ContractType.SERVICES,
                value,
                procedure,
                expected,
                null,
                24,
                null,
                sme,
                consortia,
                false,
                false,
                false,
                false,
                lots);
    }

    public static ProcurementDetails simple(String title, String cpv, ExpectedPeriod expected) {
        return details(
                title,
                "En kort beskrivelse.",
                null,
                cpv,
                EstimatedValue.unknown(),
                ProcurementProcedure.NATIONAL,
                expected,
                false,
                false,
                List.of());
    }

    public static BigDecimal dkk(long amount) {
        return BigDecimal.valueOf(amount);
    }
}
