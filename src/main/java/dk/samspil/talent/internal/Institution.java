package dk.samspil.talent.internal;

import java.util.List;

/** An educational institution as an organisation: the fields of study it follows and its users' addresses. */
record Institution(long id, String name, List<String> fields, List<String> members) {}
