package dk.samspil.talent.internal;

import dk.samspil.platform.SingleLine;
import dk.samspil.platform.ValidCvr;
import dk.samspil.talent.internal.Choices.Kind;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The opportunity form, for a company (with its CVR number and e-mail) and for a consultant on its behalf. */
record OpportunityForm(
        @NotBlank @ValidCvr String cvr,
        @Size(max = 200) @SingleLine @Nullable String companyName,
        @NotNull Kind kind,
        @NotBlank @Size(max = 200) @SingleLine String title,
        @NotBlank @Size(max = 5000) String description,
        @NotEmpty List<Choices.StudyField> fields,
        @Nullable List<Choices.Level> levels,
        @Nullable List<String> institutions,
        @Size(max = 200) @SingleLine @Nullable String place,
        @Nullable Boolean remote,
        @Min(1) @Max(60) @Nullable Integer hoursPerWeek,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate periodStart,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate periodEnd,

        @Nullable Boolean paid,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate deadline,

        @NotBlank @Size(max = 200) @SingleLine String contactName,
        @NotBlank @Email @Size(max = 254) String contactEmail) {

    /** An unticked checkbox sends nothing: no value is "no". */
    boolean isRemote() {
        return Boolean.TRUE.equals(remote);
    }

    boolean isPaid() {
        return Boolean.TRUE.equals(paid);
    }

    /** The stored opportunity in the form, for the company's edit after a consultant asked for changes. */
    static OpportunityForm of(Opportunity o) {
        return new OpportunityForm(
                o.companyCvr(),
                o.companyName(),
                o.kind(),
                o.title(),
                o.description(),
                o.fields().stream().map(Choices.StudyField::valueOf).toList(),
                o.levels().stream().map(Choices.Level::valueOf).toList(),
                o.institutions(),
                o.place(),
                o.remote(),
                o.hoursPerWeek(),
                o.periodStart(),
                o.periodEnd(),
                o.paid(),
                o.deadline(),
                o.contactName(),
                o.contactEmail());
    }

    static OpportunityForm empty() {
        return new OpportunityForm(
                "", null, null, "", "", List.of(), List.of(), List.of(), null, false, null, null, null, false, null, "",
                "");
    }
}
