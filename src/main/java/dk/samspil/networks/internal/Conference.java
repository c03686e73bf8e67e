package dk.samspil.networks.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An external conference the municipality and the business centre attend together (issue 19, point 5): who goes,
 * which companies are invited along, and the costs split between the two parties. Amounts are kept in øre.
 */
record Conference(
        long id,
        String name,
        String place,
        LocalDate startsOn,
        LocalDate endsOn,
        @Nullable String url,
        @Nullable String description) {

    /** The two parties that go together and share the costs. */
    enum Party {
        MUNICIPALITY,
        BUSINESS_CENTRE
    }

    record Participant(
            long id, Party party, String name, @Nullable String email) {}

    record InvitedCompany(String cvr, String name) {}

    /** A cost in øre and the municipality's part of it; the business centre pays the rest. */
    record Cost(long id, String description, long amountOre, long municipalityOre) {

        public BigDecimal amount() {
            return kroner(amountOre);
        }

        public BigDecimal municipality() {
            return kroner(municipalityOre);
        }

        public BigDecimal businessCentre() {
            return kroner(amountOre - municipalityOre);
        }
    }

    /** The costs added up, and each party's part. */
    record Totals(long amountOre, long municipalityOre) {

        public BigDecimal amount() {
            return kroner(amountOre);
        }

        public BigDecimal municipality() {
            return kroner(municipalityOre);
        }

        public BigDecimal businessCentre() {
            return kroner(amountOre - municipalityOre);
        }
    }

    static BigDecimal kroner(long ore) {
        return BigDecimal.valueOf(ore, 2);
    }
}
