package dk.samspil.codelists;

import dk.samspil.codelists.internal.Labels;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** One code of the CPV vocabulary with its Danish and English label. */
public record CpvEntry(CpvCode code, String labelDa, String labelEn, CpvLevel level) {

    /** English label for an English locale, Danish otherwise (also for a null locale). */
    public String label(@Nullable Locale locale) {
        return Labels.pick(locale, labelDa, labelEn);
    }
}
