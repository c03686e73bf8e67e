package dk.samspil.newsletter;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dk.samspil.companies.CompanySegments;

/**
 * TEST FIXTURE: company segments held in memory, standing in for the companies module's saved segments until they
 * land on this branch (issue 14). Tests put a segment in with {@link #put}.
 */
public class TestCompanySegments implements CompanySegments {

    private final Map<UUID, Segment> segments = new ConcurrentHashMap<>();
    private final Map<UUID, Set<String>> members = new ConcurrentHashMap<>();

    public UUID put(String name, Set<String> cvrs) {
        UUID id = UUID.randomUUID();
        segments.put(id, new Segment(id, name, cvrs.size()));
        members.put(id, Set.copyOf(cvrs));
        return id;
    }

    @Override
    public List<Segment> all() {
        return List.copyOf(segments.values());
    }

    @Override
    public Optional<Segment> find(UUID id) {
        return Optional.ofNullable(segments.get(id));
    }

    @Override
    public Set<String> cvrs(UUID id) {
        return members.getOrDefault(id, Set.of());
    }
}
