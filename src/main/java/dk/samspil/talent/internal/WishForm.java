package dk.samspil.talent.internal;

import dk.samspil.platform.SingleLine;
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

/** An institution's project wish for its students. */
record WishForm(
        @NotBlank @Size(max = 200) @SingleLine String title,
        @NotBlank @Size(max = 5000) String description,
        @NotEmpty List<Choices.StudyField> fields,
        @Min(1) @Max(52) @Nullable Integer weeks,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate periodStart) {

    static WishForm empty() {
        return new WishForm("", "", List.of(), null, null);
    }

    static WishForm of(Wish wish) {
        return new WishForm(
                wish.title(),
                wish.description(),
                wish.fields().stream().map(Choices.StudyField::valueOf).toList(),
                wish.weeks(),
                wish.periodStart());
    }
}
