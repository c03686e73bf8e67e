package dk.samspil.companies.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Free tags on companies, normalised so that the same tag is written one way: lower case, inner spaces as one, no
 * leading or trailing punctuation, at most {@value #MAX_LENGTH} characters.
 */
final class CompanyTags {

    static final int MAX_LENGTH = 40;
    static final int MAX_TAGS = 20;

    private CompanyTags() {}

    static String normalise(String tag) {
        String lower = tag.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        return lower.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    }

    /** Tags from a comma-separated text, normalised and without repeats. */
    static List<String> parse(String text) {
        Set<String> tags = new LinkedHashSet<>();
        for (String part : text.split("[,;]")) {
            String tag = normalise(part);
            if (!tag.isEmpty()) {
                tags.add(tag);
            }
        }
        return List.copyOf(tags);
    }
}
