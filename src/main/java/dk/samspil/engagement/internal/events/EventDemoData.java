package dk.samspil.engagement.internal.events;

import dk.samspil.pipeline.ProcurementService;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code samspil.demo.enabled=true}, adds three upcoming Slagelse events linked to demo entries: an OPI workshop
 * on nursing-home furniture (theme "Plejehjem"), a market dialogue on the schools' ESCO project and an online
 * information meeting on solar panels and heat pumps. The pipeline's demo entries are created when the application
 * is ready too, so this waits for them (a few tries); it does nothing when the events exist or the entries do not.
 */
@Component
@ConditionalOnBooleanProperty("samspil.demo.enabled")
class EventDemoData {

    private static final Logger log = LoggerFactory.getLogger(EventDemoData.class);
    private static final int TRIES = 20;
    private static final Duration WAIT = Duration.ofSeconds(3);
    static final String MARKER = "OPI-workshop: Fremtidens plejehjemsinventar";

    private final EventService events;
    private final ProcurementService procurements;
    private final TaskScheduler scheduler;
    private final TransactionTemplate transactions;
    private final Clock clock;

    EventDemoData(
            EventService events,
            ProcurementService procurements,
            TaskScheduler scheduler,
            TransactionTemplate transactions,
            Clock clock) {
        this.events = events;
        this.procurements = procurements;
        this.scheduler = scheduler;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        tryLoad(1);
    }

    private void tryLoad(int attempt) {
        String year = String.valueOf(LocalDate.now(clock).getYear() + 1);
        String opi = "SK-" + year + "-007";
        if (procurements.find(opi).isEmpty()) {
            if (attempt < TRIES) {
                scheduler.schedule(() -> tryLoad(attempt + 1), clock.instant().plus(WAIT));
            } else {
                log.info("Event demo data skipped: the pipeline's demo entries are missing");
            }
            return;
        }
        transactions.executeWithoutResult(status -> load(year));
    }

    void load(String year) {
        if (events.all().stream().anyMatch(e -> e.details().title().equals(MARKER))) {
            return;
        }
        create(
                EventType.OPI_WORKSHOP,
                MARKER,
                """
                        Vi vil gerne udvikle fremtidens møbler og senge til plejehjem sammen med virksomheder, beboere og \
                        medarbejdere. På workshoppen præsenterer vi udfordringerne, og I får mulighed for at byde ind med idéer.

                        Workshoppen er åben for alle virksomheder, også små og nye.""",
                21,
                LocalTime.of(9, 0),
                LocalTime.of(12, 0),
                "Slagelse Rådhus, Rådhuspladsen 11, 4200 Slagelse",
                null,
                30,
                List.of("SK-" + year + "-007", "SK-" + year + "-005"),
                "Plejehjem");
        create(
                EventType.MARKET_DIALOGUE,
                "Markedsdialog: Energirenovering af skolerne (ESCO)",
                """
                        Før vi skriver udbudsmaterialet, vil vi gerne høre rådgivere og entreprenører om opdeling, \
                        garantier og samarbejdsform i et ESCO-projekt på 14 skoler.""",
                35,
                LocalTime.of(13, 0),
                LocalTime.of(15, 30),
                "Slagelse Erhvervscenter, Jernbanegade 5, 4200 Slagelse",
                null,
                40,
                List.of("SK-" + year + "-002"),
                "Kommunale ejendomme");
        create(
                EventType.INFORMATION_MEETING,
                "Informationsmøde: Solceller og varmepumper på kommunale bygninger",
                """
                        Vi fortæller om de kommende udbud af solceller og varmepumper, tidsplanen og hvordan I byder.""",
                49,
                LocalTime.of(10, 0),
                LocalTime.of(11, 0),
                null,
                "https://moede.slagelse.dk/energi",
                null,
                List.of("SK-" + year + "-021", "SK-" + year + "-022"),
                "Kommunale ejendomme");
        log.info("Demo data: 3 engagement events");
    }

    private void create(
            EventType type,
            String title,
            String description,
            int inDays,
            LocalTime from,
            LocalTime to,
            String place,
            String onlineUrl,
            Integer capacity,
            List<String> references,
            String theme) {
        LocalDate day = LocalDate.now(clock).plusDays(inDays);
        ZonedDateTime start = day.atTime(from).atZone(EventFormats.ZONE);
        EventDetails details = new EventDetails(
                type,
                title,
                description,
                start.toInstant(),
                day.atTime(to).atZone(EventFormats.ZONE).toInstant(),
                place,
                onlineUrl,
                capacity,
                null,
                start.minusDays(3).toInstant(),
                references,
                theme);
        events.publish(events.create(details).id());
    }
}
