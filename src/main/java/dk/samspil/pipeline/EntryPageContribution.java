package dk.samspil.pipeline;

import dk.samspil.platform.PageFragment;
import java.util.Optional;

/**
 * A part of an entry's page that another module owns: an action such as "Følg dette indkøb", a section such as the
 * minutes of the entry's market dialogue, a link to the officers' list of interested companies. The pipeline knows
 * nothing of those modules: its pages render, at each {@link Place}, the fragment of every bean of this type that has
 * one for the entry, in {@code @Order}. So the contributing module depends on the pipeline, where Spring Modulith sees
 * it, and its fragment shows the model it was given instead of calling the module's beans by name.
 */
public interface EntryPageContribution {

    /** Where the fragment goes. */
    Place place();

    /** The fragment to show for this entry; empty shows nothing. */
    Optional<PageFragment> forEntry(PlannedProcurement entry);

    enum Place {
        /** Buttons under the status on the public page of a public entry. */
        PUBLIC_ACTIONS,
        /** Sections after the contact details on the public page of a public entry. */
        PUBLIC_SECTIONS,
        /** Links under the status on the officers' page of an entry, drafts included. */
        STAFF_LINKS
    }
}
