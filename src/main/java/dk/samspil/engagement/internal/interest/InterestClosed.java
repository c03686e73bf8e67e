package dk.samspil.engagement.internal.interest;

/** The entry is awarded or cancelled: it takes no more interest. Nothing was stored. */
class InterestClosed extends RuntimeException {

    InterestClosed(String reference) {
        super("Entry " + reference + " takes no more interest");
    }
}
