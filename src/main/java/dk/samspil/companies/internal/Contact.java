package dk.samspil.companies.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A person at a company, with the legal basis for keeping them. */
record Contact(
        long id,
        String name,
        @Nullable String roleTitle,
        @Nullable String email,
        @Nullable String phone,
        LegalBasis legalBasis,
        String basisNote,
        @Nullable LocalDate consentGivenOn,
        String createdBy,
        Instant createdAt) {}
