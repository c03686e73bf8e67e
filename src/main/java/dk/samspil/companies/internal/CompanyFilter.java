package dk.samspil.companies.internal;

import dk.samspil.platform.Violation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the company list is narrowed by, as the list's form sends it, a saved segment keeps it (as JSON) and the API
 * takes it: words (Danish full-text), industry code prefix, employee band, municipality code, postal code, tags (all
 * of them), visited within the last months, and interest in purchases in a CPV area. Empty fields do not narrow.
 */
record CompanyFilter(
        @Nullable String q,
        @Nullable String industry,
        @Nullable String employeeBand,
        @Nullable String municipalityCode,
        @Nullable String postalCode,
        @Nullable List<String> tags,
        @Nullable String visitedMonths,
        @Nullable String cpv) {

    static final int MAX_VISITED_MONTHS = 120;
    private static final Pattern INDUSTRY = Pattern.compile("[0-9]{1,6}");
    private static final Pattern MUNICIPALITY = Pattern.compile("[0-9]{3}");
    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{4}");
    private static final Pattern BAND = Pattern.compile("[A-Z0-9_]{1,40}");
    private static final Pattern CPV = Pattern.compile("([0-9]{2,8})(-[0-9])?");

    static CompanyFilter none() {
        return new CompanyFilter(null, null, null, null, null, List.of(), null, null);
    }

    /** The filter with empty texts as {@code null}, tags normalised and without repeats. */
    CompanyFilter normalised() {
        List<String> cleanTags = new ArrayList<>(new LinkedHashSet<>((tags == null ? List.<String>of() : tags)
                .stream().map(CompanyFilter::tag).filter(t -> !t.isEmpty()).toList()));
        return new CompanyFilter(
                blankToNull(q),
                blankToNull(industry),
                blankToNull(employeeBand),
                blankToNull(municipalityCode),
                blankToNull(postalCode),
                List.copyOf(cleanTags),
                blankToNull(visitedMonths),
                blankToNull(cpv));
    }

    /** The rules the filter breaks, with the form's field names. */
    List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (q != null && q.length() > 200) {
            violations.add(new Violation("q", "companies.error.size.200"));
        }
        if (industry != null && !INDUSTRY.matcher(industry).matches()) {
            violations.add(new Violation("industry", "companies.filter.error.industry"));
        }
        if (employeeBand != null && !BAND.matcher(employeeBand).matches()) {
            violations.add(new Violation("employeeBand", "companies.filter.error.employeeBand"));
        }
        if (municipalityCode != null && !MUNICIPALITY.matcher(municipalityCode).matches()) {
            violations.add(new Violation("municipalityCode", "companies.error.municipalityCode"));
        }
        if (postalCode != null && !POSTAL_CODE.matcher(postalCode).matches()) {
            violations.add(new Violation("postalCode", "companies.error.postalCode"));
        }
        if (tags != null && (tags.size() > 10 || tags.stream().anyMatch(t -> t.length() > CompanyTags.MAX_LENGTH))) {
            violations.add(new Violation("tags", "companies.filter.error.tags", CompanyTags.MAX_LENGTH));
        }
        if (visitedMonths != null && months() == null) {
            violations.add(new Violation("visitedMonths", "companies.filter.error.visitedMonths", MAX_VISITED_MONTHS));
        }
        if (cpv != null && !CPV.matcher(cpv).matches()) {
            violations.add(new Violation("cpv", "companies.filter.error.cpv"));
        }
        return violations;
    }

    /** The months of "visited in the last months" (1 to {@value #MAX_VISITED_MONTHS}), or {@code null}. */
    @Nullable
    Integer months() {
        if (visitedMonths == null || !visitedMonths.strip().matches("[0-9]{1,3}")) {
            return null;
        }
        int months = Integer.parseInt(visitedMonths.strip());
        return months >= 1 && months <= MAX_VISITED_MONTHS ? months : null;
    }

    /** The CPV code's digits without trailing zeros (the area it names), or {@code null}. */
    @Nullable
    String cpvPrefix() {
        if (cpv == null) {
            return null;
        }
        String digits = cpv.contains("-") ? cpv.substring(0, cpv.indexOf('-')) : cpv;
        String prefix = digits.replaceAll("0+$", "");
        return prefix.length() < 2 ? digits.substring(0, 2) : prefix;
    }

    /** The filter without its words: what narrows the list besides them. */
    CompanyFilter withoutWords() {
        return new CompanyFilter(null, industry, employeeBand, municipalityCode, postalCode, tags, visitedMonths, cpv);
    }

    /** Whether nothing narrows the list. */
    boolean isEmpty() {
        return q == null
                && industry == null
                && employeeBand == null
                && municipalityCode == null
                && postalCode == null
                && (tags == null || tags.isEmpty())
                && visitedMonths == null
                && cpv == null;
    }

    private static String tag(String tag) {
        return CompanyTags.normalise(tag);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
