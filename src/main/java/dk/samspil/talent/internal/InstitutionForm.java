package dk.samspil.talent.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A consultant's form for an institution: its name (one of {@code samspil.talent.institutions}), the fields of study
 * it follows, and its users' e-mail addresses, one a line.
 */
record InstitutionForm(
        @NotBlank @Size(max = 200) String name,
        @NotEmpty List<Choices.StudyField> fields,
        @Size(max = 5000) @Nullable String members) {

    static InstitutionForm empty() {
        return new InstitutionForm("", List.of(), "");
    }

    static InstitutionForm of(Institution institution) {
        return new InstitutionForm(
                institution.name(),
                institution.fields().stream().map(Choices.StudyField::valueOf).toList(),
                String.join("\n", institution.members()));
    }
}
