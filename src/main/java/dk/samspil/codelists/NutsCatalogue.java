package dk.samspil.codelists;

import dk.samspil.codelists.internal.NutsIndex;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The NUTS regions of the eForms SDK (all countries, all levels, Danish and English labels). Loaded once, on first
 * use; safe for concurrent use.
 */
@Component
public class NutsCatalogue {

    private final Supplier<NutsIndex> index = SingletonSupplier.of(NutsIndex::loadFromSdk);

    /** Looks up a code such as {@code DK022}; case and surrounding spaces are ignored. */
    public Optional<NutsEntry> find(@Nullable String code) {
        return index.get().find(code);
    }

    public boolean isValid(@Nullable String code) {
        return find(code).isPresent();
    }

    /** The region's label: English for an English locale, Danish otherwise; empty for an unknown code. */
    public Optional<String> label(@Nullable String code, Locale locale) {
        return find(code).map(entry -> entry.label(locale));
    }
}
