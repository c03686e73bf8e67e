/**
 * Talent bridge: student jobs, internships, project collaborations and company visits posted by local companies,
 * moderated by consultants, found and applied for by students without an account; outcomes counted through
 * {@link dk.samspil.talent.TalentFigures}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Talent bridge",
        allowedDependencies = {"platform", "platform :: text", "companies"})
@org.jspecify.annotations.NullMarked
package dk.samspil.talent;
