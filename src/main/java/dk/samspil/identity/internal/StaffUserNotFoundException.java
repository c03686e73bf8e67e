package dk.samspil.identity.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class StaffUserNotFoundException extends RuntimeException {

    StaffUserNotFoundException() {
        super("No such staff user");
    }
}
