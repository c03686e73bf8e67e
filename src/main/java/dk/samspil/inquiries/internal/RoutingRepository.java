package dk.samspil.inquiries.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the routing settings: teams and topics. */
@Repository
class RoutingRepository {

    private final JdbcClient jdbc;

    RoutingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Team> teams() {
        return jdbc.sql("SELECT id, name, members FROM inquiry_team ORDER BY name")
                .query((rs, i) -> new Team(rs.getLong("id"), rs.getString("name"), Arrays.asList((String[])
                        rs.getArray("members").getArray())))
                .list();
    }

    Optional<Team> team(long id) {
        return teams().stream().filter(team -> team.id() == id).findFirst();
    }

    List<Topic> topics() {
        return jdbc.sql("SELECT id, name, team_id FROM inquiry_topic ORDER BY name")
                .query((rs, i) ->
                        new Topic(rs.getLong("id"), rs.getString("name"), rs.getObject("team_id", Long.class)))
                .list();
    }

    Optional<Topic> topic(long id) {
        return jdbc.sql("SELECT id, name, team_id FROM inquiry_topic WHERE id = :id")
                .param("id", id)
                .query((rs, i) ->
                        new Topic(rs.getLong("id"), rs.getString("name"), rs.getObject("team_id", Long.class)))
                .optional();
    }

    boolean teamNameTaken(String name) {
        return jdbc.sql("SELECT count(*) FROM inquiry_team WHERE lower(name) = lower(:name)")
                        .param("name", name)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean topicNameTaken(String name) {
        return jdbc.sql("SELECT count(*) FROM inquiry_topic WHERE lower(name) = lower(:name)")
                        .param("name", name)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long createTeam(String name, List<String> members) {
        return jdbc.sql("INSERT INTO inquiry_team (name, members) VALUES (:name, :members) RETURNING id")
                .param("name", name)
                .param("members", members.toArray(String[]::new))
                .query(Long.class)
                .single();
    }

    void setMembers(long teamId, List<String> members) {
        jdbc.sql("UPDATE inquiry_team SET members = :members WHERE id = :id")
                .param("members", members.toArray(String[]::new))
                .param("id", teamId)
                .update();
    }

    long createTopic(String name, @Nullable Long teamId) {
        return jdbc.sql("INSERT INTO inquiry_topic (name, team_id) VALUES (:name, :team) RETURNING id")
                .param("name", name)
                .param("team", teamId)
                .query(Long.class)
                .single();
    }

    void setTopicTeam(long topicId, @Nullable Long teamId) {
        jdbc.sql("UPDATE inquiry_topic SET team_id = :team WHERE id = :id")
                .param("team", teamId)
                .param("id", topicId)
                .update();
    }
}
