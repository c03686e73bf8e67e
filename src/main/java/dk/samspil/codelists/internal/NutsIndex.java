package dk.samspil.codelists.internal;

import dk.samspil.codelists.NutsEntry;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * All NUTS regions in memory. The labels come from the SDK's translation files, which hold the same codes as the
 * SDK's {@code nuts.gc} Genericode list, so the much larger Genericode file need not be parsed.
 */
public final class NutsIndex {

    private final Map<String, NutsEntry> byCode = new HashMap<>();

    private NutsIndex(Map<String, String> danish, Map<String, String> english) {
        danish.forEach(
                (code, labelDa) -> byCode.put(code, new NutsEntry(code, labelDa, english.getOrDefault(code, labelDa))));
    }

    public static NutsIndex loadFromSdk() {
        return new NutsIndex(SdkCodeLabels.read("da", "nuts"), SdkCodeLabels.read("en", "nuts"));
    }

    public Optional<NutsEntry> find(String code) {
        return code == null
                ? Optional.empty()
                : Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }
}
