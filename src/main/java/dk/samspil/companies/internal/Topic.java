package dk.samspil.companies.internal;

/** What a visit was about. */
enum Topic {
    GROWTH,
    RECRUITMENT,
    INTERNATIONAL,
    AUTHORITIES,
    ENERGY,
    FINANCING,
    OTHER
}
