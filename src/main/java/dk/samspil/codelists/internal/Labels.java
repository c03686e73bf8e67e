package dk.samspil.codelists.internal;

import java.util.Locale;

/** The code lists carry Danish and English labels: English for English locales, Danish for everything else. */
public final class Labels {

    private Labels() {}

    public static boolean wantsEnglish(Locale locale) {
        return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    public static String pick(Locale locale, String danish, String english) {
        return wantsEnglish(locale) ? english : danish;
    }
}
