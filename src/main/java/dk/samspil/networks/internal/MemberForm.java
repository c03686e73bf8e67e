package dk.samspil.networks.internal;

import dk.samspil.platform.EmailAddresses;
import dk.samspil.platform.SingleLine;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A member to add: a company by CVR number, or an organisation by name; its contact person and role. */
record MemberForm(
        @NotNull(message = "{networks.member.kind.required}")
        Member.@Nullable Kind kind,

        @Size(max = 20) @Nullable String cvr,
        @Size(max = 200) @SingleLine @Nullable String name,
        @Size(max = 200) @SingleLine @Nullable String contactName,
        @EmailAddresses.Valid @Size(max = 254) @Nullable String contactEmail,

        @NotNull(message = "{networks.member.role.required}")
        Member.@Nullable Role role,

        @NotNull(message = "{networks.member.joined.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate joinedOn) {

    static MemberForm empty(LocalDate today) {
        return new MemberForm(Member.Kind.COMPANY, "", "", "", "", Member.Role.MEMBER, today);
    }
}
