package dk.samspil.engagement.internal.events;

enum EventType {
    MARKET_DIALOGUE,
    OPI_WORKSHOP,
    INFORMATION_MEETING,
    DIALOGUE_SLOTS
}
