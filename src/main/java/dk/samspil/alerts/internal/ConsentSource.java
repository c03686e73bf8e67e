package dk.samspil.alerts.internal;

/** Where consent was given: the web form, the JSON API, or "Følg dette indkøb". */
enum ConsentSource { WEB, API, FOLLOW }
