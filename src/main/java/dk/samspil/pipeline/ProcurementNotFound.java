package dk.samspil.pipeline;

/** No planned procurement has that reference (or it is not public, where only public entries count). */
public class ProcurementNotFound extends RuntimeException {

    public ProcurementNotFound(String reference) {
        super("No planned procurement " + reference);
    }
}
