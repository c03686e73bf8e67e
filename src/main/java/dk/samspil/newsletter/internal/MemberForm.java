package dk.samspil.newsletter.internal;

import org.jspecify.annotations.Nullable;

/** A person staff add to a list: address, CVR number, legal basis (CONSENT or CUSTOMER) and where it is documented. */
record MemberForm(
        @Nullable String email,
        @Nullable String cvr,
        @Nullable String legalBasis,
        @Nullable String source) {

    static MemberForm empty() {
        return new MemberForm(null, null, "CONSENT", null);
    }
}
