package dk.samspil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.pipeline.ProcurementChanged.Kind;
import dk.samspil.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * {@link ProcurementChanged} as the event publication registry keeps it (with the application's serializer): events
 * stored before they carried their kinds still read, with the kinds their changed fields give.
 */
class ProcurementChangedStoredShapeTest extends IntegrationTest {

    private static final ProcurementSnapshot SNAPSHOT = new ProcurementSnapshot(
            42,
            "SK-2027-001",
            "Tagrenovering",
            "Beskrivelse",
            List.of("45261210"),
            "CE",
            "Center for Ejendomme",
            null,
            null,
            ProcurementProcedure.NATIONAL,
            ProcurementStatus.TENDER_PUBLISHED,
            ExpectedPeriod.ofQuarter(2027, 3),
            LocalDate.of(2027, 7, 1),
            true,
            false,
            List.of("Tag"),
            "https://udbud.dk/notice/1",
            3);

    @Autowired
    EventSerializer serializer;

    @Test
    void anEventStoredWithoutKindsReadsWithTheKindsOfItsChanges() {
        String snapshot = serializer.serialize(SNAPSHOT).toString();
        // the snapshot's expected period has always been stored as its code
        assertThat(snapshot).contains("\"expectedPublication\":\"2027-Q3\"");
        String stored = "{\"procurement\":" + snapshot + ",\"changes\":["
                + "{\"field\":\"status\",\"from\":\"PUBLISHED\",\"to\":\"TENDER_PUBLISHED\"},"
                + "{\"field\":\"expectedPublication\",\"from\":\"2027-Q2\",\"to\":\"2027-Q3\"},"
                + "{\"field\":\"title\",\"from\":\"Tag\",\"to\":\"Tagrenovering\"}],"
                + "\"material\":true,\"reason\":\"Udbuddet er ude\"}";

        ProcurementChanged event = serializer.deserialize(stored, ProcurementChanged.class);

        assertThat(event.procurement()).isEqualTo(SNAPSHOT);
        assertThat(event.kinds()).containsExactly(Kind.TENDER_PUBLISHED, Kind.DATE_MOVED, Kind.DETAILS_CHANGED);
        assertThat(event.material()).isTrue();
        assertThat(event.reason()).isEqualTo("Udbuddet er ude");
    }

    @Test
    void aNewEventKeepsItsKindsInOneOrder() {
        ProcurementChanged event = new ProcurementChanged(
                SNAPSHOT,
                List.of(
                        new FieldChange("value", "1000000", "6000000"),
                        new FieldChange("status", "PUBLISHED", "POSTPONED")),
                true,
                "Budgettet");

        String stored = serializer.serialize(event).toString();

        assertThat(stored).contains("\"kinds\":[\"STATUS_CHANGED\",\"VALUE_CHANGED\"]");
        assertThat(serializer.deserialize(stored, ProcurementChanged.class)).isEqualTo(event);
        assertThat(event.is(Kind.TENDER_PUBLISHED)).isFalse();
    }
}
