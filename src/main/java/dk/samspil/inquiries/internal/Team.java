package dk.samspil.inquiries.internal;

import java.util.List;

/** A consultant team: inquiries on its topics are routed to it; its members are staff, by e-mail address. */
record Team(long id, String name, List<String> members) {}
