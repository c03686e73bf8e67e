package dk.samspil.engagement.internal.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V21 on a database that already holds registrations naming another event's slot (written before the rule
 * existed): they lose the foreign slot and keep their seat, genuine bookings stay, and the rule holds from then on.
 */
class SlotMigrationTest {

    private EmbeddedPostgres server;
    private DataSource dataSource;
    private JdbcClient jdbc;

    /** A server of its own, so that the migrations run on an empty database that no other test touches. */
    @BeforeEach
    void startServer() throws IOException {
        server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        dataSource = server.getPostgresDatabase();
        jdbc = JdbcClient.create(dataSource);
    }

    @AfterEach
    void stopServer() throws IOException {
        server.close();
    }

    @Test
    void registrationsNamingAnotherEventsSlotLoseItAndTheDatabaseRefusesNewOnes() {
        migrate("20");
        long dialogue = event("DIALOGUE_SLOTS");
        long workshop = event("OPI_WORKSHOP");
        long bookedSlot = slot(dialogue, "09:00");
        long forgedSlot = slot(dialogue, "10:00");
        long booking = registration(dialogue, bookedSlot);
        long forged = registration(workshop, forgedSlot);

        migrate("21");

        assertThat(slotOf(booking)).isEqualTo(bookedSlot);
        assertThat(slotOf(forged)).isNull();
        assertThat(jdbc.sql("SELECT status FROM engagement_registration WHERE id = :id")
                        .param("id", forged)
                        .query(String.class)
                        .single())
                .isEqualTo("CONFIRMED");
        assertThatThrownBy(() -> registration(workshop, forgedSlot))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(slotOf(registration(dialogue, forgedSlot))).isEqualTo(forgedSlot);

        // Deleting a slot (staff regenerate them) clears only the slot of a registration, never its event.
        jdbc.sql("UPDATE engagement_registration SET status = 'CANCELLED' WHERE id = :id")
                .param("id", booking)
                .update();
        jdbc.sql("DELETE FROM engagement_event_slot WHERE id = :id")
                .param("id", bookedSlot)
                .update();
        assertThat(slotOf(booking)).isNull();
        assertThat(jdbc.sql("SELECT event_id FROM engagement_registration WHERE id = :id")
                        .param("id", booking)
                        .query(Long.class)
                        .single())
                .isEqualTo(dialogue);
    }

    private void migrate(String target) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target(target)
                .load()
                .migrate();
    }

    private long event(String type) {
        return jdbc.sql("""
                        INSERT INTO engagement_event (type, title, starts_at, ends_at, place, status, created_by,
                                                      created_at, updated_at)
                        VALUES (:type, 'Møde', '2027-03-01 09:00+01', '2027-03-01 12:00+01', 'Rådhuset', 'PUBLISHED',
                                'test', now(), now())
                        RETURNING id""").param("type", type).query(Long.class).single();
    }

    private long slot(long event, String time) {
        return jdbc.sql("""
                        INSERT INTO engagement_event_slot (event_id, starts_at, ends_at)
                        VALUES (:event, ('2027-03-01 ' || :time || '+01')::timestamptz,
                                ('2027-03-01 ' || :time || '+01')::timestamptz + interval '1 hour')
                        RETURNING id""")
                .param("event", event)
                .param("time", time)
                .query(Long.class)
                .single();
    }

    private long registration(long event, long slot) {
        return jdbc.sql("""
                        INSERT INTO engagement_registration (event_id, name, company, email, participants, status,
                                                             slot_id, created_at, updated_at)
                        VALUES (:event, 'Jens', 'Firma', :email, 1, 'CONFIRMED', :slot, now(), now())
                        RETURNING id""")
                .param("event", event)
                .param("email", "firma-" + UUID.randomUUID() + "@example.dk")
                .param("slot", slot)
                .query(Long.class)
                .single();
    }

    private Long slotOf(long registration) {
        return jdbc.sql("SELECT slot_id FROM engagement_registration WHERE id = :id")
                .param("id", registration)
                .query((rs, row) -> (Long) rs.getObject(1))
                .list()
                .get(0);
    }
}
