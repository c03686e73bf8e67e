package dk.samspil.alerts.internal.delivery;

/**
 * What happened, unique per entry and kind of alert: {@code change:<pipeline change id>}, {@code event:<id>},
 * {@code material:<id>} or {@code reminder:<date>}, as {@code alert_delivery.change_key} keeps it.
 */
record ChangeKey(Source source, String id) {

    enum Source {
        CHANGE("change"),
        EVENT("event"),
        MATERIAL("material"),
        REMINDER("reminder");

        private final String prefix;

        Source(String prefix) {
            this.prefix = prefix;
        }
    }

    static ChangeKey change(long pipelineChangeId) {
        return new ChangeKey(Source.CHANGE, Long.toString(pipelineChangeId));
    }

    static ChangeKey event(long eventId) {
        return new ChangeKey(Source.EVENT, Long.toString(eventId));
    }

    static ChangeKey material(long materialId) {
        return new ChangeKey(Source.MATERIAL, Long.toString(materialId));
    }

    static ChangeKey reminder(java.time.LocalDate expected) {
        return new ChangeKey(Source.REMINDER, expected.toString());
    }

    /** Reads a stored key; one of no known source has none (and no change number). */
    static ChangeKey parse(String stored) {
        int colon = stored.indexOf(':');
        if (colon > 0) {
            String prefix = stored.substring(0, colon);
            for (Source source : Source.values()) {
                if (source.prefix.equals(prefix)) {
                    return new ChangeKey(source, stored.substring(colon + 1));
                }
            }
        }
        throw new IllegalArgumentException("Not a change key: " + stored);
    }

    /** The pipeline's change number, the higher the later; -1 for news that is not a pipeline change. */
    long changeNumber() {
        return source == Source.CHANGE ? Long.parseLong(id) : -1;
    }

    /** The stored form, e.g. {@code change:42}. */
    @Override
    public String toString() {
        return source.prefix + ":" + id;
    }
}
