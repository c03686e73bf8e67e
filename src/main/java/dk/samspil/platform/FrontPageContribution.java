package dk.samspil.platform;

import java.util.Optional;

/**
 * A part of the public front page ({@code /}) that a module owns: the search box with the live counts of the plan,
 * the newest and soonest purchases, the next events, the call to subscribe, the business centre's contact. The
 * platform knows none of those modules: its front page renders, at each {@link Place}, the fragment of every bean of
 * this type that has one, in {@code @Order}. A contribution reads what it shows in a fixed number of queries (no
 * query per item) and must show something sensible, or nothing, on an empty database.
 */
public interface FrontPageContribution {

    /** Where the fragment goes. */
    Place place();

    /** The fragment to show now; empty shows nothing. */
    Optional<PageFragment> fragment();

    enum Place {
        /** Under the heading: the search box and the live counts. */
        SEARCH,
        /** Calls to action next to the search, such as "Få besked om nye indkøb". */
        ACTIONS,
        /** Sections in the page's body: lists of purchases, the next events. */
        SECTIONS,
        /** Who to contact, at the end of the page. */
        CONTACT
    }
}
