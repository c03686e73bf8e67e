package dk.samspil.alerts.internal;

/**
 * How often a subscriber wants their alerts: one by one, or collected in a daily or weekly digest. Public within the
 * module so delivery and matching use it rather than its name; in this order, sooner first.
 */
public enum Frequency {
    IMMEDIATE,
    DAILY,
    WEEKLY;

    /** The sooner of the two. */
    public Frequency sooner(Frequency other) {
        return ordinal() <= other.ordinal() ? this : other;
    }
}
