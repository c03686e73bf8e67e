package dk.samspil.networks.internal;

import dk.samspil.platform.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A meeting: title, day and times (Danish time), a place or an online link, and its agenda. On the web form the agenda
 * is one item per line ({@code agendaText}, the presenter after a slash); the API sends {@code agenda} as a list.
 */
record MeetingForm(
        @NotBlank(message = "{networks.meeting.title.required}") @Size(max = 200) @SingleLine
        String title,

        @NotNull(message = "{networks.meeting.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate date,

        @NotNull(message = "{networks.meeting.start.required}") @DateTimeFormat(pattern = "HH:mm") @Nullable
        LocalTime startTime,

        @NotNull(message = "{networks.meeting.end.required}") @DateTimeFormat(pattern = "HH:mm") @Nullable
        LocalTime endTime,

        @Size(max = 300) @SingleLine @Nullable String place,
        @Size(max = 500) @SingleLine @Nullable String onlineUrl,
        @Size(max = 5000) @Nullable String agendaText,
        @Valid @Size(max = 50) @Nullable List<Item> agenda) {

    record Item(
            @NotBlank(message = "{networks.meeting.agenda.title.required}") @Size(max = 300) @SingleLine
            String title,

            @Size(max = 200) @SingleLine @Nullable String presenter) {}

    static MeetingForm empty() {
        return new MeetingForm("", null, LocalTime.of(9, 0), LocalTime.of(11, 0), "", "", "", null);
    }

    /** When the meeting starts (Danish time); only for a form that passed validation. */
    java.time.Instant startsAt() {
        return date.atTime(startTime)
                .atZone(dk.samspil.platform.DanishFormats.ZONE)
                .toInstant();
    }

    java.time.Instant endsAt() {
        return date.atTime(endTime)
                .atZone(dk.samspil.platform.DanishFormats.ZONE)
                .toInstant();
    }

    /** The form of a planned meeting, to change its title, time or place (the agenda stays as it is). */
    static MeetingForm of(Meeting meeting) {
        var starts = meeting.startsAt().atZone(dk.samspil.platform.DanishFormats.ZONE);
        var ends = meeting.endsAt().atZone(dk.samspil.platform.DanishFormats.ZONE);
        return new MeetingForm(
                meeting.title(),
                starts.toLocalDate(),
                starts.toLocalTime(),
                ends.toLocalTime(),
                meeting.place(),
                meeting.onlineUrl(),
                null,
                null);
    }

    /** The agenda items, from the list or else from the lines of the text. */
    List<Meeting.AgendaItem> items() {
        if (agenda != null) {
            return agenda.stream()
                    .map(i -> new Meeting.AgendaItem(i.title().strip(), blankToNull(i.presenter())))
                    .toList();
        }
        if (agendaText == null) {
            return List.of();
        }
        return agendaText
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> {
                    int slash = line.lastIndexOf('/');
                    return slash > 0
                            ? new Meeting.AgendaItem(
                                    line.substring(0, slash).strip(), blankToNull(line.substring(slash + 1)))
                            : new Meeting.AgendaItem(line, null);
                })
                .toList();
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
