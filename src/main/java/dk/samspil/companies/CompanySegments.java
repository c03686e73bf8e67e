package dk.samspil.companies;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Saved company segments, for modules that write to a group of companies (newsletters). */
public interface CompanySegments {

    List<Segment> all();

    Optional<Segment> find(UUID id);

    /** The CVR numbers of the companies the segment holds now. */
    Set<String> cvrs(UUID id);

    record Segment(UUID id, String name, int companies) {}
}
