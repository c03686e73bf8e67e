package dk.samspil.talent.internal;

import dk.samspil.platform.SingleLine;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A student's application; the CV comes as its own multipart part. */
record ApplicationForm(
        @NotBlank @Size(max = 200) @SingleLine String name,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 5000) String message) {

    static ApplicationForm empty() {
        return new ApplicationForm("", "", "");
    }
}
