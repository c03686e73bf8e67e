package dk.samspil.talent.internal;

import dk.samspil.platform.SingleLine;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A company answers a project wish; the institution gets the answer by e-mail. */
record WishAnswerForm(
        @NotBlank @Size(max = 200) @SingleLine String companyName,
        @NotBlank @Size(max = 200) @SingleLine String contactName,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 5000) String message) {

    static WishAnswerForm empty() {
        return new WishAnswerForm("", "", "", "");
    }
}
