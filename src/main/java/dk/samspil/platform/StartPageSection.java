package dk.samspil.platform;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A section of the staff start page ({@code /intern}, where login lands), owned by the module whose work it shows:
 * the procurement officer's drafts, the consultant's new interests, the administrator's failed mails. The platform
 * knows nothing of those modules: it renders, in {@link #order()}, the fragment of every bean of this type whose
 * roles the current user holds. So each module depends on the platform only, and its fragment shows the model it
 * was given.
 */
public interface StartPageSection {

    /** The roles (without {@code ROLE_}) that see the section; a user with any of them sees it once. */
    Set<String> roles();

    /** Lower comes first. */
    int order();

    /** The fragment to show now; empty shows nothing (e.g. a list with nothing in it that needs no mention). */
    Optional<PageFragment> fragment();

    /** A section whose fragment {@code fragment} makes afresh for every request. */
    static StartPageSection of(Set<String> roles, int order, Supplier<Optional<PageFragment>> fragment) {
        return new StartPageSection() {
            @Override
            public Set<String> roles() {
                return roles;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public Optional<PageFragment> fragment() {
                return fragment.get();
            }
        };
    }

    /**
     * Figures under one heading, shown in the platform's common look ({@code fragments/start :: figures}), e.g. a
     * module's share of the agreement's indicators.
     *
     * @param headingKey the heading in the message bundles
     */
    record Figures(String headingKey, List<Figure> figures) {

        public Figures {
            figures = List.copyOf(figures);
        }

        public PageFragment fragment() {
            return new PageFragment("fragments/start", "figures", this);
        }
    }

    /**
     * One figure: its label in the message bundles and its value.
     *
     * @param link where the figure is explained in detail, or {@code null}
     */
    record Figure(String labelKey, long value, @Nullable String link) {

        public static Figure of(String labelKey, long value) {
            return new Figure(labelKey, value, null);
        }
    }
}
