package dk.samspil.inquiries.internal;

import dk.samspil.platform.AuditLog;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The routing settings management keeps in the UI: consultant teams and which team each topic goes to. */
@Service
class RoutingService {

    static final String TEAM = "InquiryTeam";
    static final String TOPIC = "InquiryTopic";

    private final RoutingRepository repository;
    private final AuditLog audit;

    RoutingService(RoutingRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<Team> teams() {
        return repository.teams();
    }

    @Transactional(readOnly = true)
    List<Topic> topics() {
        return repository.topics();
    }

    @Transactional(readOnly = true)
    Optional<Team> team(long id) {
        return repository.team(id);
    }

    @Transactional(readOnly = true)
    Optional<Topic> topic(long id) {
        return repository.topic(id);
    }

    @Transactional(readOnly = true)
    boolean teamNameTaken(String name) {
        return repository.teamNameTaken(name);
    }

    @Transactional(readOnly = true)
    boolean topicNameTaken(String name) {
        return repository.topicNameTaken(name);
    }

    @Transactional
    long createTeam(String name, List<String> members) {
        long id = repository.createTeam(name, members);
        audit.created(TEAM, id, Map.of("name", name, "members", String.join(", ", members)));
        return id;
    }

    @Transactional
    void setMembers(long teamId, List<String> members) {
        Team before = repository.team(teamId).orElseThrow();
        repository.setMembers(teamId, members);
        audit.updated(
                TEAM,
                teamId,
                Map.of("members", String.join(", ", before.members())),
                Map.of("members", String.join(", ", members)));
    }

    @Transactional
    long createTopic(String name, @Nullable Long teamId) {
        long id = repository.createTopic(name, teamId);
        audit.created(TOPIC, id, Map.of("name", name, "team", String.valueOf(teamId)));
        return id;
    }

    @Transactional
    void setTopicTeam(long topicId, @Nullable Long teamId) {
        Topic before = repository.topic(topicId).orElseThrow();
        repository.setTopicTeam(topicId, teamId);
        audit.updated(
                TOPIC,
                topicId,
                Map.of("team", String.valueOf(before.teamId())),
                Map.of("team", String.valueOf(teamId)));
    }
}
