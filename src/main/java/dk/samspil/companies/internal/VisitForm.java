package dk.samspil.companies.internal;

import dk.samspil.platform.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A visit or note: when, what about, what was said, who may read it, the people met (one a line) and up to
 * {@value #FOLLOW_UP_ROWS} agreed follow-ups (rows left empty are ignored).
 */
record VisitForm(
        @NotNull(message = "{companies.error.visitDate.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate visitDate,

        @NotBlank(message = "{companies.error.title.required}")
        @Size(max = 200, message = "{companies.error.size.200}")
        @SingleLine
        String title,

        @NotBlank(message = "{companies.error.notes.required}")
        @Size(max = 20000, message = "{companies.error.size.20000}")
        String notes,

        List<Topic> topics,

        @NotNull(message = "{companies.error.sharedWith.required}")
        Sharing sharedWith,

        @Size(max = 2000, message = "{companies.error.size.2000}") @Nullable
        String participants,

        @Nullable List<FollowUpRow> followUps) {

    static final int FOLLOW_UP_ROWS = 3;

    /** Always at least {@value #FOLLOW_UP_ROWS} follow-up rows, none missing (rows the browser left out are empty). */
    VisitForm {
        followUps = rows(followUps);
    }

    /** One follow-up row of the form. */
    record FollowUpRow(
            @Nullable String task,
            @Nullable String owner,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate dueDate) {

        boolean isEmpty() {
            return (task == null || task.isBlank()) && (owner == null || owner.isBlank()) && dueDate == null;
        }
    }

    static VisitForm empty(LocalDate today, Sharing sharing) {
        return new VisitForm(today, null, null, List.of(), sharing, null, rows(List.of()));
    }

    /** The form with its empty follow-up rows back, for showing it again. */
    VisitForm withRows() {
        return new VisitForm(visitDate, title, notes, topics, sharedWith, participants, rows(followUps));
    }

    private static List<FollowUpRow> rows(@Nullable List<FollowUpRow> given) {
        List<FollowUpRow> rows = new ArrayList<>();
        for (FollowUpRow row : given == null ? List.<FollowUpRow>of() : given) {
            rows.add(row == null ? new FollowUpRow(null, null, null) : row);
        }
        while (rows.size() < FOLLOW_UP_ROWS) {
            rows.add(new FollowUpRow(null, null, null));
        }
        return rows;
    }

    /** The rows' follow-ups as typed; rows with nothing in them left out (the service checks the rest). */
    List<NoteData.FollowUpData> followUpData() {
        List<NoteData.FollowUpData> data = new ArrayList<>();
        if (followUps != null) {
            for (FollowUpRow row : followUps) {
                if (row != null && !row.isEmpty()) {
                    data.add(new NoteData.FollowUpData(
                            row.task() == null ? "" : row.task().strip(),
                            row.owner() == null ? "" : row.owner().strip(),
                            row.dueDate()));
                }
            }
        }
        return data;
    }

    /** The form row of each follow-up of {@link #followUpData()}, to put the service's errors on the right row. */
    List<Integer> followUpRows() {
        List<Integer> rows = new ArrayList<>();
        if (followUps != null) {
            for (int i = 0; i < followUps.size(); i++) {
                if (followUps.get(i) != null && !followUps.get(i).isEmpty()) {
                    rows.add(i);
                }
            }
        }
        return rows;
    }

    /** A service's field name with the follow-up's index turned into the form's row. */
    String formField(String field) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("followUps\\[(\\d+)](.*)").matcher(field);
        if (!m.matches()) {
            return field;
        }
        List<Integer> rows = followUpRows();
        int index = Integer.parseInt(m.group(1));
        return "followUps[" + (index < rows.size() ? rows.get(index) : index) + "]" + m.group(2);
    }

    NoteData toData() {
        return new NoteData(
                visitDate,
                topics == null ? List.of() : topics,
                title,
                notes,
                sharedWith,
                CompanyFollowUps.participants(participants),
                followUpData());
    }
}
