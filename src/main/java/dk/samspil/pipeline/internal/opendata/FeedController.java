package dk.samspil.pipeline.internal.opendata;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Feeds", description = "Calendar and news feeds of the plan")
class FeedController {

    static final String CALENDAR_TYPE = "text/calendar;charset=UTF-8";
    static final String ATOM_TYPE = "application/atom+xml;charset=UTF-8";

    private final UpcomingCalendar calendar;
    private final ChangeFeed feed;

    FeedController(UpcomingCalendar calendar, ChangeFeed feed) {
        this.calendar = calendar;
        this.feed = feed;
    }

    @Operation(summary = "iCalendar (RFC 5545): one all-day event per public entry at its expected tender publication")
    @GetMapping(path = UpcomingCalendar.PATH, produces = CALENDAR_TYPE)
    ResponseEntity<String> calendar() {
        return ResponseEntity.ok().header("Content-Type", CALENDAR_TYPE).body(calendar.calendar());
    }

    @Operation(summary = "Atom (RFC 4287): the latest 100 publications and changes, newest first")
    @GetMapping(path = ChangeFeed.PATH, produces = ATOM_TYPE)
    ResponseEntity<String> atom() {
        return ResponseEntity.ok().header("Content-Type", ATOM_TYPE).body(feed.feed());
    }
}
