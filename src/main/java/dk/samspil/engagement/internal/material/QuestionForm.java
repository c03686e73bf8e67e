package dk.samspil.engagement.internal.material;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A question from the public about an event. */
record QuestionForm(
        @NotBlank(message = "{engagement.material.question.required}")
        @Size(max = 2000, message = "{engagement.material.question.size}")
        String question) {

    static QuestionForm empty() {
        return new QuestionForm("");
    }
}
