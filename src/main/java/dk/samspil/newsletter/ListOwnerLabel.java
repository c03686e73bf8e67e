package dk.samspil.newsletter;

import java.util.Locale;
import java.util.Optional;

/**
 * Implemented by a module that owns mailing lists ({@link ModuleLists}): what the newsletter's staff pages call the
 * owner of such a list, e.g. the networks label with the network's name for {@code networks:12}, so staff see why the list keeps
 * itself in step.
 */
public interface ListOwnerLabel {

    /** The label of the owner, or empty when {@code owner} is not this module's. */
    Optional<String> label(String owner, Locale locale);
}
