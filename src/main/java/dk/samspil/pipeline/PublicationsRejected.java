package dk.samspil.pipeline;

import dk.samspil.platform.Violation;
import java.util.List;
import java.util.Map;

/**
 * Publishing several drafts at once was refused, and none of them was published.
 *
 * @param problems what stands in the way, by reference; an empty map when no entry was chosen
 */
public class PublicationsRejected extends RuntimeException {

    private final Map<String, List<Violation>> problems;

    public PublicationsRejected(Map<String, List<Violation>> problems) {
        super("Not published: " + problems.keySet());
        this.problems = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(problems));
    }

    public Map<String, List<Violation>> problems() {
        return problems;
    }
}
