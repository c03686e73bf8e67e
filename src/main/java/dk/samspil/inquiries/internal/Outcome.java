package dk.samspil.inquiries.internal;

/** How an inquiry was closed. */
enum Outcome {
    ANSWERED,
    FORWARDED_TO_MUNICIPALITY,
    REFERRED,
    NO_ACTION
}
