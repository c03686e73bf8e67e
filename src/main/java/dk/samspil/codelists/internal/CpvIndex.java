package dk.samspil.codelists.internal;

import dk.samspil.codelists.CpvCode;
import dk.samspil.codelists.CpvEntry;
import dk.samspil.codelists.CpvLevel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The whole CPV vocabulary in memory: every code with its labels, the hierarchy worked out once, and a search index
 * per label language. Immutable, so it can be shared between threads once built.
 */
public final class CpvIndex {

    private final Map<CpvCode, CpvEntry> byCode = new HashMap<>();
    private final Map<CpvCode, CpvEntry> parents = new HashMap<>();
    private final Map<CpvCode, List<CpvEntry>> children = new HashMap<>();
    private final List<CpvEntry> divisions;
    private final CpvSearch danishSearch;
    private final CpvSearch englishSearch;

    public CpvIndex(Collection<CpvEntry> entries) {
        List<CpvEntry> sorted =
                entries.stream().sorted(Comparator.comparing(CpvEntry::code)).toList();
        sorted.forEach(entry -> byCode.put(entry.code(), entry));
        for (CpvEntry entry : sorted) {
            nearestExistingAncestor(entry.code()).ifPresent(parent -> {
                parents.put(entry.code(), parent);
                children.computeIfAbsent(parent.code(), code -> new ArrayList<>())
                        .add(entry);
            });
        }
        children.replaceAll((code, list) -> List.copyOf(list));
        divisions = sorted.stream()
                .filter(entry -> entry.level() == CpvLevel.DIVISION)
                .toList();
        danishSearch = new CpvSearch(sorted, CpvEntry::labelDa);
        englishSearch = new CpvSearch(sorted, CpvEntry::labelEn);
    }

    /** Reads every CPV code with its Danish and English label from the eForms SDK. */
    public static CpvIndex loadFromSdk() {
        Map<String, String> danish = SdkCodeLabels.read("da", "cpv");
        Map<String, String> english = SdkCodeLabels.read("en", "cpv");
        List<CpvEntry> entries = new ArrayList<>(danish.size());
        danish.forEach((value, labelDa) -> {
            CpvCode code = new CpvCode(value);
            entries.add(new CpvEntry(code, labelDa, english.getOrDefault(value, labelDa), code.level()));
        });
        return new CpvIndex(entries);
    }

    public int size() {
        return byCode.size();
    }

    public Optional<CpvEntry> find(CpvCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The nearest code above that exists, also for a code that is not in the vocabulary itself. */
    public Optional<CpvEntry> parent(CpvCode code) {
        return byCode.containsKey(code) ? Optional.ofNullable(parents.get(code)) : nearestExistingAncestor(code);
    }

    public List<CpvEntry> children(CpvCode code) {
        return children.getOrDefault(code, List.of());
    }

    public List<CpvEntry> divisions() {
        return divisions;
    }

    public List<CpvEntry> search(String query, Locale locale, int limit) {
        return (Labels.wantsEnglish(locale) ? englishSearch : danishSearch).search(query, limit);
    }

    // Some codes have no entry at "last significant digit zeroed", so keep climbing until one exists.
    private Optional<CpvEntry> nearestExistingAncestor(CpvCode code) {
        Optional<CpvCode> up = code.oneLevelUp();
        while (up.isPresent()) {
            CpvEntry existing = byCode.get(up.get());
            if (existing != null) {
                return Optional.of(existing);
            }
            up = up.get().oneLevelUp();
        }
        return Optional.empty();
    }
}
