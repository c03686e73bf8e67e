package dk.samspil.alerts.internal;

/** Where consent was given: the web form, the JSON API, or the follow button. */
enum ConsentSource {
    WEB,
    API,
    FOLLOW
}
