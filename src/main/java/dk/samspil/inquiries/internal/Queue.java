package dk.samspil.inquiries.internal;

/** Who picks up an inquiry first: management for the political level, the consultants for everything else. */
enum Queue {
    MANAGEMENT,
    CONSULTANTS;

    static Queue routing(Channel channel) {
        return channel.political() ? MANAGEMENT : CONSULTANTS;
    }
}
