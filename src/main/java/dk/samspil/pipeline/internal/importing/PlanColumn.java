package dk.samspil.pipeline.internal.importing;

/**
 * The columns of the plan file, in the template's order. Headers come from the message bundles
 * ({@code pipeline.import.column.*}): files are written with the Danish headers and read with Danish or English ones.
 */
public enum PlanColumn {
    REFERENCE,
    TITLE,
    DESCRIPTION,
    BUYING_UNIT,
    CONTACT_NAME,
    CONTACT_EMAIL,
    CONTACT_PHONE,
    MAIN_CPV,
    ADDITIONAL_CPV,
    NUTS,
    CONTRACT_TYPE,
    VALUE_FROM,
    VALUE_TO,
    PROCEDURE,
    EXPECTED_PUBLICATION,
    CONTRACT_START,
    DURATION_MONTHS,
    OPTIONS,
    SME_SUITABLE,
    CONSORTIA_OPEN,
    INNOVATION_WANTED,
    MARKET_DIALOGUE_PLANNED,
    SUSTAINABILITY_CLAUSES,
    SOCIAL_CLAUSES,
    LOTS;

    public String messageKey() {
        return "pipeline.import.column." + name();
    }
}
