package dk.samspil.tendernews.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A subscriber of the tender-news list with their choices: CPV codes (several, separated by commas or spaces, as the
 * shared CPV picker writes them), regions (NUTS 2) and how often they hear.
 */
record TenderNewsForm(
        @Nullable String email,
        @Nullable String name,
        @Nullable String cpvCodes,
        @Nullable List<String> regions,
        TenderNewsList.@Nullable Frequency frequency) {

    static TenderNewsForm empty() {
        return new TenderNewsForm(null, null, null, List.of(), TenderNewsList.Frequency.WEEKLY);
    }
}
