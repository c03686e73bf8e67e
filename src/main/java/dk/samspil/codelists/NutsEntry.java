package dk.samspil.codelists;

import dk.samspil.codelists.internal.Labels;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One NUTS region. The code is the country code followed by one digit or letter per level, so {@code DK} is level 0
 * (the country), {@code DK0} level 1, {@code DK02} level 2 (region) and {@code DK022} level 3. NUTS names are the
 * regions' official names in their own language, so the Danish and English label are usually the same
 * ({@code DE} is "Deutschland" in both).
 */
public record NutsEntry(String code, String labelDa, String labelEn) {

    private static final int COUNTRY_CODE_LENGTH = 2;

    public int level() {
        return code.length() - COUNTRY_CODE_LENGTH;
    }

    /** English label for an English locale, Danish otherwise (also for a null locale). */
    public String label(@Nullable Locale locale) {
        return Labels.pick(locale, labelDa, labelEn);
    }
}
