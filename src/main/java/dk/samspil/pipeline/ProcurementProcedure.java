package dk.samspil.pipeline;

/** How the municipality expects to buy. */
public enum ProcurementProcedure {
    /** EU tender under udbudsloven. */
    EU_TENDER,
    /** National tender under tilbudsloven (works below the EU threshold). */
    NATIONAL,
    /** Advertised below the threshold (e.g. on udbud.dk) without a formal procedure. */
    ADVERTISED_BELOW_THRESHOLD,
    /** Call-off from an existing framework agreement. */
    FRAMEWORK_CALL_OFF,
    /** Joint municipal agreement or a national agreement (SKI). */
    JOINT_AGREEMENT,
    /** Not advertised. */
    NOT_ADVERTISED
}
