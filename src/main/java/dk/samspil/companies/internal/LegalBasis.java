package dk.samspil.companies.internal;

/** Why the register may keep a contact person: their consent, or the business centre's legitimate interest. */
enum LegalBasis {
    CONSENT,
    LEGITIMATE_INTEREST
}
