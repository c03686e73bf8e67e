package dk.samspil.pipeline;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No planned procurement has that reference (or it is not public, where only public entries count). Wherever it
 * surfaces in a request (another module's page too), it is the ordinary "page not found", never a 500.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ProcurementNotFound extends RuntimeException {

    public ProcurementNotFound(String reference) {
        super("No planned procurement " + reference);
    }
}
