package dk.samspil.platform.text;

/**
 * The Snowball stemmer for Danish (snowballstem.org/algorithms/danish), written from its published description:
 * R1 after the first non-vowel that follows a vowel (at least three letters before it), then four steps at the end
 * of the word: main suffixes, consonant pairs, other suffixes, undoubling. Input must be lower case.
 * <p>
 * The letter sets and suffix lists below are the algorithm's own definition, not text anyone reads or tunes, so they
 * stay next to the steps that use them (tunable word lists live in {@code text/danish-word-lists.properties}).
 */
public final class DanishStemmer {

    private static final String VOWELS = "aeiouyæåø";
    private static final String CONSONANTS = "bcdfghjklmnpqrstvwxz";
    private static final String S_ENDINGS = "abcdfghjklmnoprtvyzå";
    private static final String[] MAIN_SUFFIXES = {
        "hed", "ethed", "ered", "e", "erede", "ende", "erende", "ene", "erne", "ere", "en", "heden", "eren", "er",
        "heder", "erer", "heds", "es", "endes", "erendes", "enes", "ernes", "eres", "ens", "hedens", "erens", "ers",
        "ets", "erets", "et", "eret", "s"
    };
    private static final String[] CONSONANT_PAIRS = {"gd", "dt", "gt", "kt"};
    private static final String[] OTHER_SUFFIXES = {"ig", "lig", "elig", "els", "løst"};

    private DanishStemmer() {}

    public static String stem(String word) {
        int r1 = r1(word);
        StringBuilder b = new StringBuilder(word);
        mainSuffix(b, r1);
        consonantPair(b, r1);
        otherSuffix(b, r1);
        undouble(b, r1);
        return b.length() == word.length() ? word : b.toString();
    }

    private static int r1(String word) {
        int i = 0;
        while (i < word.length() && !isVowel(word.charAt(i))) {
            i++;
        }
        while (i < word.length() && isVowel(word.charAt(i))) {
            i++;
        }
        if (i >= word.length()) {
            return word.length();
        }
        int p1 = i + 1;
        return Math.max(p1, Math.min(3, word.length()));
    }

    private static void mainSuffix(StringBuilder b, int r1) {
        String suffix = longestInR1(b, r1, MAIN_SUFFIXES);
        if (suffix == null) {
            return;
        }
        if (suffix.equals("s")) {
            if (b.length() >= 2 && S_ENDINGS.indexOf(b.charAt(b.length() - 2)) >= 0) {
                b.setLength(b.length() - 1);
            }
        } else {
            b.setLength(b.length() - suffix.length());
        }
    }

    private static void consonantPair(StringBuilder b, int r1) {
        if (longestInR1(b, r1, CONSONANT_PAIRS) != null) {
            b.setLength(b.length() - 1);
        }
    }

    private static void otherSuffix(StringBuilder b, int r1) {
        if (endsWith(b, "igst")) {
            b.setLength(b.length() - 2);
        }
        String suffix = longestInR1(b, r1, OTHER_SUFFIXES);
        if (suffix == null) {
            return;
        }
        if (suffix.equals("løst")) {
            b.setLength(b.length() - 1);
        } else {
            b.setLength(b.length() - suffix.length());
            consonantPair(b, r1);
        }
    }

    private static void undouble(StringBuilder b, int r1) {
        int last = b.length() - 1;
        if (last >= r1
                && last >= 1
                && CONSONANTS.indexOf(b.charAt(last)) >= 0
                && b.charAt(last - 1) == b.charAt(last)) {
            b.setLength(last);
        }
    }

    private static String longestInR1(StringBuilder b, int r1, String[] suffixes) {
        String longest = null;
        for (String suffix : suffixes) {
            if ((longest == null || suffix.length() > longest.length())
                    && b.length() - suffix.length() >= r1
                    && endsWith(b, suffix)) {
                longest = suffix;
            }
        }
        return longest;
    }

    private static boolean endsWith(StringBuilder b, String suffix) {
        int offset = b.length() - suffix.length();
        if (offset < 0) {
            return false;
        }
        for (int i = 0; i < suffix.length(); i++) {
            if (b.charAt(offset + i) != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }
}
