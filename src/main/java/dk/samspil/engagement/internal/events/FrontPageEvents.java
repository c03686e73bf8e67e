package dk.samspil.engagement.internal.events;

import dk.samspil.platform.FrontPageContribution;
import dk.samspil.platform.PageFragment;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A section of the front page: the next events a company can still sign up for (published, before the deadline, a
 * seat or a dialogue slot left), after the pipeline's purchases. Nothing when there are none.
 */
@Component
@Order(20)
class FrontPageEvents implements FrontPageContribution {

    static final int SHOWN = 3;

    /** What the front page shows of one event. */
    record Item(
            long id,
            String title,
            String type,
            Instant startsAt,
            Instant endsAt,
            String place,
            boolean slots,
            Integer seatsLeft,
            int freeSlots) {

        public String when() {
            return EventFormats.range(startsAt, endsAt);
        }

        public boolean limited() {
            return slots || seatsLeft != null;
        }
    }

    private final EventRepository events;
    private final Clock clock;

    FrontPageEvents(EventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Place place() {
        return Place.SECTIONS;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PageFragment> fragment() {
        List<Item> items = events.nextWithRoom(clock.instant(), SHOWN).stream()
                .map(open -> {
                    EventDetails d = open.event().details();
                    return new Item(
                            open.event().id(),
                            d.title(),
                            d.type().name(),
                            d.startsAt(),
                            d.endsAt(),
                            d.place(),
                            open.event().hasSlots(),
                            open.seatsLeft(),
                            open.freeSlots());
                })
                .toList();
        return items.isEmpty()
                ? Optional.empty()
                : Optional.of(new PageFragment("engagement/events/public/fragments", "frontEvents", items));
    }
}
