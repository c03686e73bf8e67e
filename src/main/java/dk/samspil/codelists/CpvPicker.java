package dk.samspil.codelists;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the one CPV picker ({@code templates/fragments/cpv.html}, {@code static/js/cpv-picker.js}) shows: suggestions
 * for a word or digits, and each code's place in the hierarchy as one line, e.g.
 * {@code 45000000 Bygge- og anlægsarbejder › … › 45261210 Tagdækning}. Every form with CPV codes uses it.
 */
@Component
public class CpvPicker {

    /** One suggestion: the code, its label and its path line. */
    public record Suggestion(String code, String label, String path) {}

    private static final String SEPARATOR = " › ";
    private static final int LIMIT = 15;
    private static final int MAX_QUERY = 200;

    private final CpvCatalogue catalogue;

    CpvPicker(CpvCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The query as the picker searches it: stripped and at most 200 characters; empty for none. */
    public static String query(@Nullable String typed) {
        String query = typed == null ? "" : typed.strip();
        return query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
    }

    /** The form field a suggestion fills in, when it looks like a field name; else none (copy the code by hand). */
    public static @Nullable String field(@Nullable String field) {
        return field != null && field.matches("[A-Za-z0-9_.\\[\\]-]{1,40}") ? field : null;
    }

    /** The codes matching a {@link #query}, best first; none for an empty query. */
    public List<Suggestion> suggest(String query, Locale locale) {
        return query.isEmpty()
                ? List.of()
                : catalogue.search(query, locale, LIMIT).stream()
                        .map(e -> new Suggestion(e.code().value(), e.label(locale), line(e.code(), locale)))
                        .toList();
    }

    /** Path lines keyed by the code as given (e.g. {@code 45000000-7}); unknown codes and junk are left out. */
    public Map<String, String> paths(Collection<String> codes) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> paths = new LinkedHashMap<>();
        for (String code : codes) {
            CpvCode.tryParse(code)
                    .map(c -> line(c, locale))
                    .filter(line -> !line.isEmpty())
                    .ifPresent(line -> paths.put(code, line));
        }
        return paths;
    }

    public String line(CpvCode code, Locale locale) {
        return catalogue.path(code).stream()
                .map(e -> e.code().value() + " " + e.label(locale))
                .collect(Collectors.joining(SEPARATOR));
    }
}
