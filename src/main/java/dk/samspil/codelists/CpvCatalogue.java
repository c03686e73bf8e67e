package dk.samspil.codelists;

import dk.samspil.codelists.internal.CpvIndex;
import dk.samspil.platform.text.DanishText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The CPV vocabulary of the eForms SDK (all codes, Danish and English labels): look-up, hierarchy and search.
 * Loaded once, on first use, from the SDK jar on the classpath; safe for concurrent use.
 */
@Component
public class CpvCatalogue {

    private static final Logger log = LoggerFactory.getLogger(CpvCatalogue.class);

    private final Supplier<CpvIndex> index = SingletonSupplier.of(CpvCatalogue::load);
    private final Supplier<DanishText> danishText = SingletonSupplier.of(this::loadDanishText);

    /**
     * The shared Danish text analysis with the words of every Danish CPV label as known compound parts: the one
     * instance alert matching, the match preview and public search use, so that they agree.
     */
    public DanishText danishText() {
        return danishText.get();
    }

    private DanishText loadDanishText() {
        List<String> labels = new ArrayList<>();
        Deque<CpvEntry> todo = new ArrayDeque<>(divisions());
        while (!todo.isEmpty()) {
            CpvEntry entry = todo.pop();
            labels.add(entry.labelDa());
            todo.addAll(children(entry.code()));
        }
        return DanishText.withVocabulary(labels);
    }

    public Optional<CpvEntry> find(CpvCode code) {
        return index.get().find(code);
    }

    /** Looks up a code written as people write it ({@code 45000000} or {@code 45000000-7}); empty for junk. */
    public Optional<CpvEntry> find(@Nullable String code) {
        return CpvCode.tryParse(code).flatMap(this::find);
    }

    /** The code's label: English for an English locale, Danish otherwise; empty for an unknown code. */
    public Optional<String> label(CpvCode code, Locale locale) {
        return find(code).map(entry -> entry.label(locale));
    }

    /**
     * The nearest existing code above: the last significant digit is zeroed until a code in the vocabulary is
     * reached (some codes have no entry right above them). Empty for a division.
     */
    public Optional<CpvEntry> parent(CpvCode code) {
        return index.get().parent(code);
    }

    /** The code's place in the hierarchy: its division first, the code itself last; empty for an unknown code. */
    public List<CpvEntry> path(CpvCode code) {
        CpvIndex loaded = index.get();
        Optional<CpvEntry> entry = loaded.find(code);
        List<CpvEntry> path = new ArrayList<>();
        while (entry.isPresent()) {
            path.add(entry.get());
            entry = loaded.parent(entry.get().code());
        }
        Collections.reverse(path);
        return List.copyOf(path);
    }

    /** The codes whose {@link #parent(CpvCode) parent} is this code, in code order. */
    public List<CpvEntry> children(CpvCode code) {
        return index.get().children(code);
    }

    /** The top level of the hierarchy, in code order. */
    public List<CpvEntry> divisions() {
        return index.get().divisions();
    }

    /**
     * Search as you type: words are matched against the labels in the locale's language (Danish unless English),
     * digits against the start of the code. Best matches first, at most {@code limit} entries. The matching rules
     * and ranking are described on {@code CpvSearch} in the module's internals.
     */
    public List<CpvEntry> search(@Nullable String query, Locale locale, int limit) {
        return index.get().search(query, locale, limit);
    }

    private static CpvIndex load() {
        long start = System.nanoTime();
        CpvIndex loaded = CpvIndex.loadFromSdk();
        log.info(
                "Loaded {} CPV codes from the eForms SDK in {} ms",
                loaded.size(),
                (System.nanoTime() - start) / 1_000_000);
        return loaded;
    }
}
