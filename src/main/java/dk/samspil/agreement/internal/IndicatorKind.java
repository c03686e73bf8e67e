package dk.samspil.agreement.internal;

/**
 * The fixed catalogue of indicators: each computed live from one module's figures (labels in the message bundles as
 * {@code agreement.indicator.kind.<NAME>}), or {@link #MANUAL}, whose values are entered by hand per quarter. Each has
 * one unit, and a target must be in it.
 */
enum IndicatorKind {
    ENTRIES_PUBLISHED(Unit.COUNT),
    ALERT_MAILS(Unit.COUNT),
    COMPANIES_ALERTED(Unit.COUNT),
    INTERESTS(Unit.COUNT),
    PARTNER_SEEKERS(Unit.COUNT),
    MARKET_DIALOGUES(Unit.COUNT),
    MARKET_DIALOGUE_PARTICIPANTS(Unit.PARTICIPANTS),
    OPI_WORKSHOPS(Unit.COUNT),
    OPI_WORKSHOP_PARTICIPANTS(Unit.PARTICIPANTS),
    OPI_IDEAS(Unit.COUNT),
    COMPANY_VISITS(Unit.COUNT),
    /** Visits on one topic: the indicator's parameter is the topic code ({@code ENERGY}, {@code GROWTH} ...). */
    COMPANY_VISITS_ON_TOPIC(Unit.COUNT),
    COMPANIES_VISITED(Unit.COUNT),
    INQUIRIES(Unit.COUNT),
    INQUIRIES_WITHIN_DEADLINE(Unit.PERCENT),
    STUDENTS_HIRED(Unit.COUNT),
    PLACEMENTS_ESTABLISHED(Unit.COUNT),
    NETWORK_MEETINGS(Unit.COUNT),
    NETWORK_PARTICIPANTS(Unit.PARTICIPANTS),
    GUIDANCE_CONTACTS(Unit.COUNT),
    GUIDANCE_PASSED_ON(Unit.COUNT),
    /** Entered by hand; its unit is chosen when it is created. */
    MANUAL(null);

    private final Unit unit;

    IndicatorKind(Unit unit) {
        this.unit = unit;
    }

    /** The unit of a computed kind; {@code null} for {@link #MANUAL}. */
    public Unit unit() {
        return unit;
    }

    public boolean computed() {
        return this != MANUAL;
    }

    /** Whether the value is a share (compared with its target as it is) rather than a count that adds up. */
    public boolean share() {
        return unit == Unit.PERCENT;
    }
}
