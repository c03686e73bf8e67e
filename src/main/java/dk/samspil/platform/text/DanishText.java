package dk.samspil.platform.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The one Danish text analysis of Samspil, used by alert matching, the alert form's match preview and public search:
 * words of letters (æøå included) and digits, lower case, stemmed with {@link DanishStemmer}, folded and split into
 * compound parts.
 * <p>
 * Folding: after stemming every form is written without Danish letters and accents ({@code æ} → {@code ae},
 * {@code ø} → {@code oe}, {@code å} → {@code aa}, {@code é} → {@code e}), so "rengoering", "Raadhus" and "rengøring",
 * "Rådhus" are the same words. Folding this way round never joins letters across a compound boundary
 * ("data|analyse" stays splittable).
 * <p>
 * A keyword matches inside a longer word (a compound) when what comes before it is empty or made of known word parts,
 * each optionally followed by a linking {@code s}, {@code e} or {@code es} ("bygnings|renovering"), and what comes
 * after it is empty, an inflection ending ("tag|ene") or, after an optional linking letter, begins a known word part
 * ("tag|renovering"). Derivational suffixes do not count as a following part, so {@code tag} does not match
 * "deltagelse". Known parts are the words of the Danish CPV labels (as written and stemmed) and a curated list,
 * {@value #PARTS_RESOURCE}; stop words, inflections and derivational suffixes are in {@value #LISTS_RESOURCE}.
 * <p>
 * {@link #word(String)} works out every form a word can be matched by once and caches it: the vocabulary of
 * procurement texts is small, so almost every word of a new entry has been seen before.
 */
public final class DanishText {

    static final String PARTS_RESOURCE = "text/danish-word-parts.txt";

    private static final int MIN_LABEL_PART = 3;
    private static final int MIN_FORM = 2;
    private static final int CACHE_LIMIT = 200_000;
    static final String LISTS_RESOURCE = "text/danish-word-lists.properties";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Properties LISTS = load(LISTS_RESOURCE);
    private static final Set<String> STOP_WORDS =
            Set.copyOf(list("stop-words").stream().map(DanishText::fold).toList());
    private static final Set<String> INFLECTIONS = Set.copyOf(list("inflections"));
    private static final List<String> DERIVATIONAL = list("derivational");

    /**
     * A word with every form of it a keyword can be matched by: the (folded) stem, the folded word and its compound
     * parts. The first form is the stem, the second the whole word when it differs from the stem.
     */
    public record Word(String stem, String[] forms) {}

    /**
     * A word of a text: as written, lower case, and where it stands ({@code text.substring(start, end)} is
     * {@code written}).
     */
    public record Token(String written, String lower, int start, int end) {}

    private final Set<String> parts;
    private final Set<String> wholeWords;
    private final ConcurrentHashMap<String, Word> cache = new ConcurrentHashMap<>();

    /**
     * @param knownParts  lower-case word parts
     * @param wholeWords  lower-case words that look like compounds but are not ("vejledning"): never split
     */
    public DanishText(Collection<String> knownParts, Collection<String> wholeWords) {
        Set<String> cleaned = new HashSet<>();
        for (String part : knownParts) {
            String folded = fold(part);
            if (folded.length() >= MIN_FORM && !STOP_WORDS.contains(folded) && !DERIVATIONAL.contains(folded)) {
                cleaned.add(folded);
            }
        }
        this.parts = Set.copyOf(cleaned);
        this.wholeWords = Set.copyOf(wholeWords.stream().map(DanishText::fold).toList());
    }

    /**
     * The analysis with the curated word parts on the classpath and the words of {@code vocabulary} (labels such as the
     * Danish CPV labels: every word of at least three letters, as written and stemmed, counts as a word part).
     */
    public static DanishText withVocabulary(Iterable<String> vocabulary) {
        Set<String> parts = new HashSet<>();
        Set<String> wholeWords = new HashSet<>();
        for (String line : curatedLines()) {
            if (line.startsWith("!")) {
                wholeWords.add(line.substring(1));
            } else {
                parts.add(line);
            }
        }
        for (String label : vocabulary) {
            for (Token token : tokens(label)) {
                if (token.lower().length() >= MIN_LABEL_PART && isLetters(token.lower())) {
                    parts.add(token.lower());
                    String stem = DanishStemmer.stem(token.lower());
                    if (stem.length() >= MIN_LABEL_PART) {
                        parts.add(stem);
                    }
                }
            }
        }
        return new DanishText(parts, wholeWords);
    }

    /** The curated resource: word parts, and whole words marked with a leading {@code !}. */
    private static List<String> curatedLines() {
        List<String> parts = new ArrayList<>();
        try (InputStream in = DanishText.class.getClassLoader().getResourceAsStream(PARTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + PARTS_RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    parts.add(lower(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    /** The words of a text, in order. */
    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                String written = text.substring(start, i);
                tokens.add(new Token(written, lower(written), start, i));
            }
        }
        return tokens;
    }

    /** Lower case, nothing else. */
    public static String lower(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.toLowerCase(c) != c) {
                char[] chars = word.toCharArray();
                for (int j = i; j < chars.length; j++) {
                    chars[j] = Character.toLowerCase(chars[j]);
                }
                return new String(chars);
            }
        }
        return word;
    }

    /**
     * The stems of a keyword as subscriptions store it ({@code tag} or {@code "grøn omstilling"}): one stem for a
     * word, several for a phrase (or a word written with a hyphen), none for a keyword without letters or digits.
     * Folded.
     */
    public static List<String> stems(String keyword) {
        return tokens(keyword).stream().map(token -> stem(token.lower())).toList();
    }

    /** The folded stem of a lower-case word. */
    public static String stem(String lower) {
        return fold(DanishStemmer.stem(lower));
    }

    /** The forms a single-word keyword is looked up by: its stem and the word as written, folded. */
    public static List<String> keywordForms(String keyword) {
        List<Token> tokens = tokens(keyword);
        if (tokens.size() != 1) {
            return List.of();
        }
        String lower = tokens.get(0).lower();
        return List.copyOf(new LinkedHashSet<>(List.of(stem(lower), fold(lower))));
    }

    /**
     * A word lower case and without Danish letters or accents: {@code æ} → {@code ae}, {@code ø} → {@code oe},
     * {@code å} → {@code aa}, other letters without their accents ({@code é} → {@code e}, {@code ü} → {@code u}).
     */
    public static String fold(String word) {
        String lower = lower(word);
        boolean plain = true;
        for (int i = 0; i < lower.length() && plain; i++) {
            plain = lower.charAt(i) < 128;
        }
        if (plain) {
            return lower;
        }
        String danish = lower.replace("æ", "ae")
                .replace("ø", "oe")
                .replace("å", "aa")
                .replace("ä", "ae")
                .replace("ö", "oe");
        return MARKS.matcher(Normalizer.normalize(danish, Normalizer.Form.NFD)).replaceAll("");
    }

    /**
     * {@link #fold} and then {@code ae}, {@code oe}, {@code aa} as one letter each ({@code a}, {@code o}, {@code a}): a
     * word typed on a keyboard without Danish letters may leave them out ("rengoring", "radhus", "tagdakning") or
     * write them out ("rengoering", "raadhus", "tagdaekning"), and all are the same as "rengøring", "rådhus",
     * "tagdækning". Looser than {@link #fold} ("poesi" and "posi" are the same too), so for search-as-you-type, where
     * a few extra suggestions cost nothing, not for matching that sends mail.
     */
    public static String foldLoosely(String word) {
        String folded = fold(word);
        if (folded.indexOf('e') < 0 && folded.indexOf("aa") < 0) {
            return folded;
        }
        return folded.replace("aa", "a").replace("ae", "a").replace("oe", "o");
    }

    /** The word (lower case) with its stem and every form a keyword may take inside it, all folded. */
    public Word word(String lower) {
        Word word = cache.get(lower);
        if (word == null) {
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            word = analyse(lower);
            cache.put(lower, word);
        }
        return word;
    }

    private Word analyse(String lower) {
        String stem = stem(lower);
        String w = fold(lower);
        if (wholeWords.contains(w) || wholeWords.contains(stem)) {
            return new Word(stem, stem.equals(w) ? new String[] {w} : new String[] {stem, w});
        }
        int n = w.length();
        boolean[] leftOk = new boolean[n + 1];
        leftOk[0] = true;
        for (int k = 0; k < n; k++) {
            if (!leftOk[k]) {
                continue;
            }
            for (int m = k + MIN_FORM; m < n; m++) {
                if (parts.contains(w.substring(k, m))) {
                    leftOk[m] = true;
                    if (w.charAt(m) == 's' || w.charAt(m) == 'e') {
                        leftOk[m + 1] = true;
                    }
                    if (w.startsWith("es", m)) {
                        leftOk[m + 2] = true;
                    }
                }
            }
        }
        boolean[] rightOk = new boolean[n + 1];
        rightOk[n] = true;
        for (int j = 1; j < n; j++) {
            char c = w.charAt(j);
            rightOk[j] = INFLECTIONS.contains(w.substring(j))
                    || partStartsAt(w, j)
                    || ((c == 's' || c == 'e') && partStartsAt(w, j + 1));
        }
        Set<String> forms = new LinkedHashSet<>();
        forms.add(stem);
        for (int i = 0; i < n; i++) {
            if (!leftOk[i]) {
                continue;
            }
            for (int j = i + MIN_FORM; j <= n; j++) {
                if (rightOk[j]) {
                    forms.add(w.substring(i, j));
                }
            }
        }
        // A part at the end of a compound is also found by its stem, as the whole word is: "vinduer" (stem "vindu")
        // finds "vinduespolering" through its part "vindue".
        for (String form : List.copyOf(forms)) {
            if (form.length() > MIN_LABEL_PART && !form.equals(w)) {
                String partStem = DanishStemmer.stem(form);
                if (partStem.length() >= MIN_LABEL_PART) {
                    forms.add(partStem);
                }
            }
        }
        return new Word(stem, forms.toArray(String[]::new));
    }

    /** Whether a known part of at least three letters begins here and is not just a derivational suffix. */
    private boolean partStartsAt(String w, int j) {
        int longestPart = 0;
        for (int m = j + MIN_LABEL_PART; m <= w.length(); m++) {
            if (parts.contains(w.substring(j, m))) {
                longestPart = m - j;
            }
        }
        if (longestPart == 0) {
            return false;
        }
        for (String suffix : DERIVATIONAL) {
            if (suffix.length() >= longestPart && w.startsWith(suffix, j)) {
                return false;
            }
        }
        return true;
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = DanishText.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** A comma-separated list of {@link #LISTS_RESOURCE}, in its order. */
    private static List<String> list(String key) {
        String value = LISTS.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("Missing " + key + " in " + LISTS_RESOURCE);
        }
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(word -> !word.isEmpty())
                .toList();
    }

    private static boolean isLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
