package dk.samspil.agreement.internal;

/** What an indicator's value and its target are measured in. */
enum Unit {
    COUNT,
    PARTICIPANTS,
    PERCENT,
    DKK
}
