package dk.samspil.alerts.internal.matching;

import dk.samspil.codelists.CpvCatalogue;
import dk.samspil.codelists.CpvEntry;
import dk.samspil.platform.text.DanishText;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Realistic random subscriptions and entries from the real CPV vocabulary, reproducible by seed; shared by the
 * benchmark ({@code bench/alert-matching}) and the test comparing the engine with the full scan.
 * <p>
 * Subscriptions: 90 % with 1–3 CPV codes, chosen 20 % at division, 30 % group, 30 % class, 20 % finer level; 30 %
 * with 1–3 keywords (10 % with keywords only), words of the Danish CPV labels, a third of them words that begin
 * longer label words (compound heads such as "tag"); 50 % with a minimum value, 10 % a maximum, 5 % an excluded
 * keyword, 5 % a buying unit filter, 3 % SME only, 20 % notified of fewer kinds; 1 % follow an entry. Entries: 1–3
 * CPV codes (the first at random, the others from its division), a Danish title and description built from the
 * labels and filler sentences, sometimes lots, usually an estimated value.
 */
final class GeneratedSubscriptions {

    static final List<String> UNITS = List.of("BYG", "VEJ", "SKOLE", "SUNDHED", "KULTUR", "IT", "INDKOB", "MILJO");
    private static final List<String> FILLER = List.of(
            "Kommunen forventer at gennemføre et udbud i løbet af året.",
            "Opgaven omfatter levering, drift og vedligeholdelse i hele kommunen.",
            "Der lægges vægt på kvalitet, pris og bæredygtighed.",
            "Kontrakten forventes at løbe i fire år med mulighed for forlængelse.",
            "Interesserede virksomheder opfordres til at deltage i markedsdialogen.",
            "Udbuddet kan blive opdelt i delaftaler efter geografi.",
            "Nærmere oplysninger følger i udbudsmaterialet.",
            "Der afholdes informationsmøde for tilbudsgivere på rådhuset.");
    private static final Set<String> STOP = Set.of(
            "og", "af", "til", "for", "med", "samt", "eller", "andre", "under", "over", "ikke", "der", "som", "den",
            "det", "ved", "fra", "inkl");

    private final Random random;
    private final List<CpvEntry> all = new ArrayList<>();
    private final List<List<CpvEntry>> byLevel =
            List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    private final List<String> labelWords;
    private final List<String> compoundHeads;
    private long nextId = 1;

    GeneratedSubscriptions(CpvCatalogue cpv, long seed) {
        this.random = new Random(seed);
        Deque<CpvEntry> todo = new ArrayDeque<>(cpv.divisions());
        Set<String> words = new TreeSet<>();
        while (!todo.isEmpty()) {
            CpvEntry entry = todo.pop();
            all.add(entry);
            int digits = entry.code().significantDigits();
            byLevel.get(Math.min(digits, 5) - 2).add(entry);
            for (DanishText.Token token : DanishText.tokens(entry.labelDa())) {
                if (token.lower().length() >= 4
                        && token.lower().chars().allMatch(Character::isLetter)
                        && !STOP.contains(token.lower())) {
                    words.add(token.lower());
                }
            }
            todo.addAll(cpv.children(entry.code()));
        }
        all.sort((a, b) -> a.code().compareTo(b.code()));
        labelWords = List.copyOf(words);
        Set<String> heads = new LinkedHashSet<>();
        for (String word : labelWords) {
            String longer = ((TreeSet<String>) words).higher(word);
            if (longer != null && longer.startsWith(word) && longer.length() >= word.length() + 3) {
                heads.add(word);
            }
        }
        compoundHeads = List.copyOf(heads);
    }

    MatchableSubscription subscription() {
        long id = nextId++;
        long subscriber = 1 + random.nextInt(1_000_000);
        List<String> notifyOn =
                random.nextInt(5) == 0 ? List.of("NEW_ENTRY", "TENDER_PUBLISHED") : MatchRules.NOTIFY_ON;
        String frequency = List.of("IMMEDIATE", "DAILY", "WEEKLY").get(random.nextInt(3));
        if (random.nextInt(100) == 0) {
            return new MatchableSubscription(
                    id,
                    subscriber,
                    reference(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    null,
                    false,
                    MatchRules.NOTIFY_ON,
                    "IMMEDIATE");
        }
        int kind = random.nextInt(100);
        List<String> units = random.nextInt(20) == 0 ? List.of(UNITS.get(random.nextInt(UNITS.size()))) : List.of();
        List<String> codes = new ArrayList<>();
        List<String> keywords = new ArrayList<>();
        if (kind == 0 && !units.isEmpty()) {
            // buying units only
        } else if (kind < 10) {
            keywords = keywords(1 + random.nextInt(3));
        } else {
            codes = subscriptionCodes(1 + random.nextInt(3));
            if (kind < 30) {
                keywords = keywords(1 + random.nextInt(3));
            }
        }
        List<String> excluded = random.nextInt(20) == 0 ? keywords(1) : List.of();
        BigDecimal min = random.nextBoolean() ? amount() : null;
        BigDecimal max = random.nextInt(10) == 0 ? (min == null ? amount() : min.multiply(BigDecimal.TEN)) : null;
        return new MatchableSubscription(
                id,
                subscriber,
                null,
                codes,
                keywords,
                excluded,
                units,
                min,
                max,
                random.nextInt(33) == 0,
                notifyOn,
                frequency);
    }

    MatchTarget entry() {
        CpvEntry first = all.get(random.nextInt(all.size()));
        List<CpvEntry> codes = new ArrayList<>(List.of(first));
        String division = first.code().value().substring(0, 2);
        List<CpvEntry> sameDivision =
                all.stream().filter(e -> e.code().value().startsWith(division)).toList();
        for (int i = random.nextInt(3); i > 0; i--) {
            codes.add(sameDivision.get(random.nextInt(sameDivision.size())));
        }
        String title = first.labelDa() + (random.nextBoolean() ? "" : " til " + labelWord() + " i kommunen");
        StringBuilder description = new StringBuilder();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            description.append(FILLER.get(random.nextInt(FILLER.size()))).append(' ');
        }
        for (CpvEntry code : codes) {
            description
                    .append("Indkøbet omfatter ")
                    .append(code.labelDa().toLowerCase())
                    .append(". ");
        }
        List<String> lots = new ArrayList<>();
        if (random.nextInt(4) == 0) {
            for (CpvEntry code : codes) {
                lots.add("Delaftale: " + code.labelDa());
            }
        }
        BigDecimal min = null;
        BigDecimal max = null;
        if (random.nextInt(10) < 7) {
            min = amount();
            max = min.multiply(BigDecimal.valueOf(2));
        }
        return new MatchTarget(
                List.of(reference()),
                title,
                description.toString().strip(),
                lots,
                codes.stream().map(code -> code.code().value()).distinct().toList(),
                UNITS.get(random.nextInt(UNITS.size())),
                min,
                max,
                random.nextBoolean());
    }

    private List<String> subscriptionCodes(int count) {
        Set<String> codes = new LinkedHashSet<>();
        while (codes.size() < count) {
            int level = random.nextInt(10);
            List<CpvEntry> pool = byLevel.get(level < 2 ? 0 : level < 5 ? 1 : level < 8 ? 2 : 3);
            codes.add(pool.get(random.nextInt(pool.size())).code().value());
        }
        return List.copyOf(codes);
    }

    private List<String> keywords(int count) {
        Set<String> keywords = new HashSet<>();
        while (keywords.size() < count) {
            keywords.add(
                    random.nextInt(3) == 0 ? compoundHeads.get(random.nextInt(compoundHeads.size())) : labelWord());
        }
        return List.copyOf(new TreeSet<>(keywords));
    }

    private String labelWord() {
        return labelWords.get(random.nextInt(labelWords.size()));
    }

    private String reference() {
        return "P-" + random.nextInt(20_000);
    }

    /** Log-uniform between 50,000 and 50,000,000 DKK, whole thousands. */
    private BigDecimal amount() {
        double dkk = 50_000 * Math.pow(1000, random.nextDouble());
        return BigDecimal.valueOf(Math.round(dkk / 1000) * 1000);
    }
}
