package dk.samspil.alerts.internal;

/** How often a subscriber wants their alerts: one by one, or collected in a daily or weekly digest. */
enum Frequency { IMMEDIATE, DAILY, WEEKLY }
