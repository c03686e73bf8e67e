package dk.samspil.inquiries.internal;

/** How an inquiry came in. Through the mayor or a council member it came via the political level. */
enum Channel {
    WEB,
    EMAIL,
    PHONE,
    LETTER,
    MAYOR,
    COUNCIL_MEMBER;

    boolean political() {
        return this == MAYOR || this == COUNCIL_MEMBER;
    }

    /** The channels staff register by hand (the public form is {@link #WEB}). */
    static java.util.List<Channel> staffChoices() {
        return java.util.List.of(EMAIL, PHONE, LETTER, MAYOR, COUNCIL_MEMBER);
    }
}
