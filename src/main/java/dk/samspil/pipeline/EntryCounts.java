package dk.samspil.pipeline;

import java.util.Collection;
import java.util.Map;

/**
 * A number per entry that another module keeps, shown as a column of the officers' list, e.g. how many companies
 * expressed interest. The pipeline knows nothing of those modules: it renders one column per bean of this type.
 */
public interface EntryCounts {

    /** The message key of the column heading. */
    String labelKey();

    /** The count for each of the references; references without a count may be left out (shown as 0). */
    Map<String, Integer> forReferences(Collection<String> references);
}
