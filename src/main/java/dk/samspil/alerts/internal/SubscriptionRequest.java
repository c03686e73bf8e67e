package dk.samspil.alerts.internal;

/** A new subscription as the form or the API gives it; {@code language} is {@code da} or {@code en}. */
record SubscriptionRequest(String email, String name, String companyCvr, String language, Criteria criteria) {}
