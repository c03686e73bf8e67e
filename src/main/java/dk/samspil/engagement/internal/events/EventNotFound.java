package dk.samspil.engagement.internal.events;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such event, or one the public may not see (a draft). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class EventNotFound extends RuntimeException {

    EventNotFound(long id) {
        super("No event " + id);
    }
}
