package dk.samspil.pipeline.internal.staff;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import dk.samspil.codelists.CpvCatalogue;
import dk.samspil.codelists.CpvCode;
import dk.samspil.codelists.CpvEntry;

/** Each CPV code's place in the hierarchy as one line, e.g. {@code 45000000 Bygge- og anlægsarbejder › … › 45261210 Tagdækning}. */
@Component
class CpvPaths {

    private static final String SEPARATOR = " › ";

    private final CpvCatalogue catalogue;

    CpvPaths(CpvCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Keyed by the code as given (e.g. {@code 45000000-7}); unknown codes and junk are left out. */
    Map<String, String> of(Collection<String> codes) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> paths = new LinkedHashMap<>();
        for (String code : codes) {
            CpvCode.tryParse(code).map(c -> line(c, locale)).filter(line -> !line.isEmpty())
                    .ifPresent(line -> paths.put(code, line));
        }
        return paths;
    }

    String line(CpvCode code, Locale locale) {
        return catalogue.path(code).stream().map(e -> entry(e, locale)).collect(Collectors.joining(SEPARATOR));
    }

    private static String entry(CpvEntry entry, Locale locale) {
        return entry.code().value() + " " + entry.label(locale);
    }
}
