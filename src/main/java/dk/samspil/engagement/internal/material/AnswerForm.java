package dk.samspil.engagement.internal.material;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A question and its answer, published together by staff. */
record AnswerForm(
        @NotBlank(message = "{engagement.material.question.required}")
        @Size(max = 2000, message = "{engagement.material.question.size}")
        String question,

        @NotBlank(message = "{engagement.material.answer.required}")
        @Size(max = 10_000, message = "{engagement.material.answer.size}")
        String answer) {

    static AnswerForm empty() {
        return new AnswerForm("", "");
    }
}
