package dk.samspil.engagement.internal.ideas;

/** A validated idea, ready to store; {@code eventId} or {@code theme} says what it is for. */
record IdeaSubmission(
        Long eventId,
        String theme,
        String title,
        String description,
        String improvesCitizens,
        String improvesStaff,
        String contactName,
        String companyName,
        String cvr,
        String email,
        String phone,
        String consentText) {}
