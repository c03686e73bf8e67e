package dk.samspil.engagement.internal.material;

import dk.samspil.engagement.internal.files.StoredFile;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** Everything published for one event: minutes, material and answered questions. */
public record EventMaterial(
        long eventId,
        String eventTitle,
        OffsetDateTime startsAt,
        List<Item> minutes,
        List<Item> material,
        List<Answer> answers) {

    public boolean isEmpty() {
        return minutes.isEmpty() && material.isEmpty() && answers.isEmpty();
    }

    /** Minutes or material; {@code linkUrl} and {@code file} are {@code null} when absent. */
    public record Item(
            long id,
            String kind,
            String title,
            String body,
            String linkUrl,
            StoredFile file,
            OffsetDateTime publishedAt) {

        /** The body split into paragraphs at blank lines, for minutes. */
        public List<String> paragraphs() {
            return body == null
                    ? List.of()
                    : Arrays.stream(body.split("\\R\\s*\\R"))
                            .map(String::strip)
                            .filter(paragraph -> !paragraph.isEmpty())
                            .toList();
        }
    }

    public record Answer(long id, String question, String answer, OffsetDateTime answeredAt) {}
}
