package dk.samspil.networks.internal;

import dk.samspil.newsletter.ModuleLists;
import dk.samspil.platform.AuditLog;
import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.UploadedFiles;
import dk.samspil.platform.Violation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings: invitations with a calendar entry to every active member's contact, cancellation with the same calendar
 * UID, attendance and minutes (with decisions and actions) mailed to the members' list once the meeting is held.
 */
@Service
class MeetingService {

    static final String MEETING = "networks.meeting";
    /** The largest document on an agenda item (the upload limit of the platform is a little above). */
    static final int MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

    private final JdbcClient jdbc;
    private final NetworkService networks;
    private final NetworkMails mails;
    private final ModuleLists lists;
    private final AuditLog audit;
    private final Clock clock;

    MeetingService(
            JdbcClient jdbc,
            NetworkService networks,
            NetworkMails mails,
            ModuleLists lists,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.networks = networks;
        this.mails = mails;
        this.lists = lists;
        this.audit = audit;
        this.clock = clock;
    }

    List<Meeting> meetings(long networkId) {
        return jdbc.sql("SELECT * FROM network_meeting WHERE network_id = :id ORDER BY starts_at DESC")
                .param("id", networkId)
                .query(this::meeting)
                .list();
    }

    List<Meeting> meetingsOfYear(long networkId, int year) {
        return jdbc.sql("""
                        SELECT * FROM network_meeting WHERE network_id = :id
                          AND extract(year FROM starts_at AT TIME ZONE 'Europe/Copenhagen') = :year
                        ORDER BY starts_at""")
                .param("id", networkId)
                .param("year", year)
                .query(this::meeting)
                .list();
    }

    Optional<Meeting> find(long networkId, long meetingId) {
        return jdbc.sql("SELECT * FROM network_meeting WHERE id = :id AND network_id = :network")
                .param("id", meetingId)
                .param("network", networkId)
                .query(this::meeting)
                .optional();
    }

    Optional<Meeting> findById(long meetingId) {
        return jdbc.sql("SELECT * FROM network_meeting WHERE id = :id")
                .param("id", meetingId)
                .query(this::meeting)
                .optional();
    }

    List<Meeting.Invitation> invitations(long meetingId) {
        return jdbc.sql("""
                        SELECT i.id, i.member_id, m.name AS member_name, i.email, i.name, i.attended
                        FROM network_invitation i JOIN network_member m ON m.id = i.member_id
                        WHERE i.meeting_id = :id ORDER BY lower(m.name), i.id""")
                .param("id", meetingId)
                .query((rs, n) -> new Meeting.Invitation(
                        rs.getLong("id"),
                        rs.getLong("member_id"),
                        rs.getString("member_name"),
                        rs.getString("email"),
                        rs.getString("name"),
                        rs.getBoolean("attended")))
                .list();
    }

    List<String> decisions(long meetingId) {
        return jdbc.sql("SELECT text FROM network_decision WHERE meeting_id = :id ORDER BY id")
                .param("id", meetingId)
                .query(String.class)
                .list();
    }

    List<Meeting.Action> actions(long meetingId) {
        return jdbc.sql("SELECT * FROM network_action WHERE meeting_id = :id ORDER BY due_on, id")
                .param("id", meetingId)
                .query(MeetingService::action)
                .list();
    }

    List<Violation> problems(MeetingForm form) {
        List<Violation> problems = new ArrayList<>();
        if (form.date() != null && form.date().isBefore(networks.today())) {
            problems.add(new Violation("date", "networks.meeting.date.past"));
        }
        if (form.startTime() != null
                && form.endTime() != null
                && !form.endTime().isAfter(form.startTime())) {
            problems.add(new Violation("endTime", "networks.meeting.end.beforeStart"));
        }
        String place = MeetingForm.blankToNull(form.place());
        String online = MeetingForm.blankToNull(form.onlineUrl());
        if (place == null && online == null) {
            problems.add(new Violation("place", "networks.meeting.place.required"));
        }
        if (online != null && !online.matches("https?://[^\\s]+")) {
            problems.add(new Violation("onlineUrl", "networks.meeting.onlineUrl.invalid"));
        }
        if (form.items().size() > 50) {
            problems.add(new Violation("agendaText", "networks.meeting.agenda.tooLong"));
        }
        return problems;
    }

    /** Creates the meeting and invites every active member's contact, each with the calendar entry. */
    @Transactional
    long create(long networkId, MeetingForm form) {
        Network network = networks.find(networkId).orElseThrow();
        List<Violation> problems = problems(form);
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        Instant starts = form.startsAt();
        Instant ends = form.endsAt();
        long id = jdbc.sql("""
                        INSERT INTO network_meeting (network_id, title, starts_at, ends_at, place, online_url,
                            created_at)
                        VALUES (:network, :title, :starts, :ends, :place, :online, :now) RETURNING id""")
                .param("network", networkId)
                .param("title", form.title().strip())
                .param("starts", Timestamp.from(starts))
                .param("ends", Timestamp.from(ends))
                .param("place", MeetingForm.blankToNull(form.place()))
                .param("online", MeetingForm.blankToNull(form.onlineUrl()))
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        int position = 0;
        for (Meeting.AgendaItem item : form.items()) {
            jdbc.sql("""
                            INSERT INTO network_agenda_item (meeting_id, position, title, presenter)
                            VALUES (:meeting, :position, :title, :presenter)""")
                    .param("meeting", id)
                    .param("position", position++)
                    .param("title", item.title())
                    .param("presenter", item.presenter())
                    .update();
        }
        Meeting meeting = find(networkId, id).orElseThrow();
        int invited = reconcile(network, meeting).size();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("network", networkId);
        state.put("title", meeting.title());
        state.put("startsAt", starts.toString());
        state.put("invited", invited);
        audit.created(MEETING, id, state);
        return id;
    }

    /**
     * Changes a planned meeting's title, time or place. When anything changed, every invitee gets the updated calendar
     * entry: METHOD:REQUEST with the same UID and a higher SEQUENCE, so their calendar moves the appointment.
     *
     * @return whether anything changed (and the invitees were told)
     */
    @Transactional
    boolean update(long networkId, long meetingId, MeetingForm form) {
        Network network = networks.find(networkId).orElseThrow();
        Meeting meeting = find(networkId, meetingId).orElseThrow();
        if (meeting.cancelled() || meeting.heldBy(clock.instant())) {
            throw Rejected.conflict("meeting", "networks.meeting.cannotEdit");
        }
        List<Violation> problems = problems(form);
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        Instant starts = form.startsAt();
        Instant ends = form.endsAt();
        String title = form.title().strip();
        String place = MeetingForm.blankToNull(form.place());
        String online = MeetingForm.blankToNull(form.onlineUrl());
        boolean changed = !title.equals(meeting.title())
                || !starts.equals(meeting.startsAt())
                || !ends.equals(meeting.endsAt())
                || !java.util.Objects.equals(place, meeting.place())
                || !java.util.Objects.equals(online, meeting.onlineUrl());
        if (!changed) {
            return false;
        }
        jdbc.sql("""
                        UPDATE network_meeting SET title = :title, starts_at = :starts, ends_at = :ends, place = :place,
                            online_url = :online, ics_sequence = ics_sequence + 1
                        WHERE id = :id""")
                .param("title", title)
                .param("starts", Timestamp.from(starts))
                .param("ends", Timestamp.from(ends))
                .param("place", place)
                .param("online", online)
                .param("id", meetingId)
                .update();
        Meeting updated = find(networkId, meetingId).orElseThrow();
        // on another day other members may be in the network: they are invited (or uninvited) first
        Set<String> invitedNow = reconcile(network, updated);
        for (Meeting.Invitation invitation : invitations(meetingId)) {
            if (!invitedNow.contains(lower(invitation.email()))) {
                mails.invitation(network, updated, invitation.email(), invitation.name(), NetworkMails.Kind.UPDATE);
            }
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("title", meeting.title());
        before.put("startsAt", meeting.startsAt().toString());
        before.put("endsAt", meeting.endsAt().toString());
        before.put("place", String.valueOf(meeting.place()));
        before.put("onlineUrl", String.valueOf(meeting.onlineUrl()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("title", title);
        after.put("startsAt", starts.toString());
        after.put("endsAt", ends.toString());
        after.put("place", String.valueOf(place));
        after.put("onlineUrl", String.valueOf(online));
        audit.updated(MEETING, meetingId, before, after);
        return true;
    }

    /**
     * Puts the invitations of a coming meeting in step with the members on the meeting's day: every contact of a
     * member active that day is invited (one invitation an address, with the calendar entry); an invitee who is no
     * longer such a contact (removed, or the member has left by then) gets the calendar entry's cancellation.
     *
     * @return the addresses invited now, in lower case
     */
    private Set<String> reconcile(Network network, Meeting meeting) {
        LocalDate day = meeting.startsAt().atZone(DanishFormats.ZONE).toLocalDate();
        Map<String, Map.Entry<Member, Member.Contact>> wanted = new LinkedHashMap<>();
        for (Member member : networks.members(network.id())) {
            if (member.activeOn(day)) {
                for (Member.Contact contact : member.contacts()) {
                    wanted.putIfAbsent(lower(contact.email()), Map.entry(member, contact));
                }
            }
        }
        Set<String> invitedBefore = new java.util.HashSet<>();
        for (Meeting.Invitation invitation : invitations(meeting.id())) {
            invitedBefore.add(lower(invitation.email()));
            if (!wanted.containsKey(lower(invitation.email()))) {
                jdbc.sql("DELETE FROM network_invitation WHERE id = :id")
                        .param("id", invitation.id())
                        .update();
                mails.invitation(network, meeting, invitation.email(), invitation.name(), NetworkMails.Kind.UNINVITE);
            }
        }
        Set<String> invitedNow = new java.util.HashSet<>();
        for (Map.Entry<String, Map.Entry<Member, Member.Contact>> entry : wanted.entrySet()) {
            if (invitedBefore.contains(entry.getKey())) {
                continue;
            }
            Member.Contact contact = entry.getValue().getValue();
            jdbc.sql("""
                            INSERT INTO network_invitation (meeting_id, member_id, email, name)
                            VALUES (:meeting, :member, :email, :name)""")
                    .param("meeting", meeting.id())
                    .param("member", entry.getValue().getKey().id())
                    .param("email", contact.email())
                    .param("name", contact.name())
                    .update();
            mails.invitation(network, meeting, contact.email(), contact.name(), NetworkMails.Kind.INVITATION);
            invitedNow.add(entry.getKey());
        }
        return invitedNow;
    }

    private static String lower(String email) {
        return email.toLowerCase(java.util.Locale.ROOT);
    }

    /** Contact persons or members changed: the coming meetings invite and uninvite to match. */
    @EventListener
    public void contactsChanged(NetworkService.ContactsChanged changed) {
        Network network = networks.find(changed.networkId()).orElseThrow();
        for (Meeting meeting : meetings(changed.networkId())) {
            if (!meeting.cancelled() && !meeting.heldBy(clock.instant())) {
                reconcile(network, meeting);
            }
        }
    }

    /** Cancels a planned meeting: every invitee gets the cancellation of the same calendar entry. */
    @Transactional
    void cancel(long networkId, long meetingId) {
        Network network = networks.find(networkId).orElseThrow();
        Meeting meeting = find(networkId, meetingId).orElseThrow();
        if (meeting.cancelled() || meeting.heldBy(clock.instant())) {
            throw Rejected.conflict("meeting", "networks.meeting.cannotCancel");
        }
        jdbc.sql("UPDATE network_meeting SET status = 'CANCELLED', ics_sequence = ics_sequence + 1 WHERE id = :id")
                .param("id", meetingId)
                .update();
        Meeting cancelled = find(networkId, meetingId).orElseThrow();
        for (Meeting.Invitation invitation : invitations(meetingId)) {
            mails.invitation(network, cancelled, invitation.email(), invitation.name(), NetworkMails.Kind.CANCEL);
        }
        audit.updated(MEETING, meetingId, Map.of("status", "PLANNED"), Map.of("status", "CANCELLED"));
    }

    /** Who came (by invitation), among the invited; only once the meeting has begun. */
    @Transactional
    void recordAttendance(long networkId, long meetingId, Collection<Long> attended) {
        Meeting meeting = find(networkId, meetingId).orElseThrow();
        requireHeld(meeting, "attended");
        Set<Long> invited = new java.util.HashSet<>(
                invitations(meetingId).stream().map(Meeting.Invitation::id).toList());
        if (!invited.containsAll(attended)) {
            throw new Rejected(new Violation("attended", "networks.attendance.notInvited"));
        }
        jdbc.sql("""
                        UPDATE network_invitation SET attended = (id = ANY(:attended))
                        WHERE meeting_id = :meeting""")
                .param("attended", attended.toArray(Long[]::new))
                .param("meeting", meetingId)
                .update();
        audit.updated(MEETING, meetingId, Map.of("attended", "-"), Map.of("attended", attended.toString()));
    }

    /**
     * The minutes of a held meeting with its decisions and an action, published once: mailed to the active members of
     * the network's list (a contact who opted out of the mails gets none).
     */
    @Transactional
    int publishMinutes(long networkId, long meetingId, MinutesForm form) {
        Network network = networks.find(networkId).orElseThrow();
        Meeting meeting = find(networkId, meetingId).orElseThrow();
        requireHeld(meeting, "minutes");
        if (meeting.minutesPublishedAt() != null) {
            throw Rejected.conflict("minutes", "networks.minutes.alreadyPublished");
        }
        List<Violation> problems = new ArrayList<>();
        String actionText = MeetingForm.blankToNull(form.actionText());
        String owner = MeetingForm.blankToNull(form.actionOwner());
        if (actionText != null && owner == null) {
            problems.add(new Violation("actionOwner", "networks.action.owner.required"));
        }
        if (actionText != null && form.actionDue() == null) {
            problems.add(new Violation("actionDue", "networks.action.due.required"));
        }
        if (actionText == null && (owner != null || form.actionDue() != null)) {
            problems.add(new Violation("actionText", "networks.action.text.required"));
        }
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        jdbc.sql("UPDATE network_meeting SET minutes = :minutes, minutes_published_at = :now WHERE id = :id")
                .param("minutes", form.minutes().strip())
                .param("now", Timestamp.from(clock.instant()))
                .param("id", meetingId)
                .update();
        if (form.decisions() != null) {
            for (String decision : form.decisions()
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .toList()) {
                jdbc.sql("INSERT INTO network_decision (meeting_id, text) VALUES (:meeting, :text)")
                        .param("meeting", meetingId)
                        .param("text", decision)
                        .update();
            }
        }
        if (actionText != null) {
            jdbc.sql("""
                            INSERT INTO network_action (meeting_id, text, owner_name, owner_email, due_on)
                            VALUES (:meeting, :text, :owner, :email, :due)""")
                    .param("meeting", meetingId)
                    .param("text", actionText)
                    .param("owner", owner)
                    .param("email", MeetingForm.blankToNull(form.actionOwnerEmail()))
                    .param("due", form.actionDue())
                    .update();
        }
        Meeting published = find(networkId, meetingId).orElseThrow();
        List<ModuleLists.Member> recipients =
                network.listId() == null ? List.of() : lists.activeMembers(network.listId());
        for (ModuleLists.Member recipient : recipients) {
            mails.minutes(network, published, decisions(meetingId), actions(meetingId), recipient);
        }
        audit.updated(MEETING, meetingId, Map.of("minutes", "-"), Map.of("minutes", "published"));
        return recipients.size();
    }

    private void requireHeld(Meeting meeting, String field) {
        if (meeting.cancelled()) {
            throw Rejected.conflict(field, "networks.meeting.cancelled");
        }
        if (!meeting.heldBy(clock.instant())) {
            throw Rejected.conflict(field, "networks.meeting.notHeld");
        }
    }

    /** Actions whose owner should be reminded now, claimed so that each is reminded once across instances. */
    @Transactional
    List<Meeting.Action> claimDueActions(LocalDate until) {
        return jdbc.sql("""
                        UPDATE network_action SET reminded_at = :now
                        WHERE id IN (SELECT id FROM network_action
                                     WHERE reminded_at IS NULL AND owner_email IS NOT NULL AND due_on <= :until
                                     FOR UPDATE SKIP LOCKED)
                        RETURNING *""")
                .param("now", Timestamp.from(clock.instant()))
                .param("until", until)
                .query(MeetingService::action)
                .list();
    }

    private Meeting meeting(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        Timestamp published = rs.getTimestamp("minutes_published_at");
        return new Meeting(
                id,
                rs.getLong("network_id"),
                rs.getString("title"),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                rs.getString("place"),
                rs.getString("online_url"),
                "CANCELLED".equals(rs.getString("status")),
                rs.getInt("ics_sequence"),
                rs.getString("minutes"),
                published == null ? null : published.toInstant(),
                rs.getBoolean("minutes_public"),
                agenda(id));
    }

    private List<Meeting.AgendaItem> agenda(long meetingId) {
        Map<Long, List<Meeting.Document>> documents = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT d.id, d.item_id, d.file_name, d.kind, d.size FROM network_agenda_document d
                        JOIN network_agenda_item i ON i.id = d.item_id WHERE i.meeting_id = :id ORDER BY d.id""")
                .param("id", meetingId)
                .query((rs, n) -> new Meeting.Document(
                        rs.getLong("id"),
                        rs.getLong("item_id"),
                        rs.getString("file_name"),
                        rs.getString("kind"),
                        rs.getLong("size")))
                .list()
                .forEach(d -> documents
                        .computeIfAbsent(d.itemId(), k -> new ArrayList<>())
                        .add(d));
        return jdbc.sql("""
                        SELECT id, title, presenter, description FROM network_agenda_item
                        WHERE meeting_id = :id ORDER BY position""")
                .param("id", meetingId)
                .query((rs, n) -> new Meeting.AgendaItem(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("presenter"),
                        rs.getString("description"),
                        documents.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    // ---- agenda items with documents, and public minutes ----

    /** A document's name, kind and content, for a download. */
    record DocumentContent(String fileName, UploadedFiles.Kind kind, byte[] content) {}

    /**
     * Adds an agenda item to a meeting that is not cancelled, with a document when one is given: its content must be
     * one of the kinds {@link UploadedFiles} accepts, and its name's extension must fit.
     */
    @Transactional
    long addAgendaItem(
            long networkId, long meetingId, AgendaItemForm form, @Nullable String fileName, byte @Nullable [] content) {
        Meeting meeting = find(networkId, meetingId).orElseThrow();
        if (meeting.cancelled()) {
            throw Rejected.conflict("title", "networks.meeting.cancelled");
        }
        if (meeting.agenda().size() >= 50) {
            throw new Rejected(new Violation("title", "networks.meeting.agenda.tooLong"));
        }
        UploadedFiles.Kind kind = null;
        String name = null;
        if (content != null) {
            String given = fileName == null ? "" : fileName;
            name = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1)
                    .replaceAll("\\p{Cntrl}", "")
                    .strip();
            if (content.length == 0) {
                throw new Rejected(new Violation("file", "networks.document.empty"));
            }
            if (content.length > MAX_DOCUMENT_BYTES) {
                throw new Rejected(new Violation("file", "networks.document.tooLarge"));
            }
            kind = UploadedFiles.detect(content, name)
                    .orElseThrow(() -> new Rejected(new Violation("file", "networks.document.kind")));
            if (name.length() > 200) {
                name = name.substring(name.length() - 200);
            }
        }
        long itemId = jdbc.sql("""
                        INSERT INTO network_agenda_item (meeting_id, position, title, presenter, description)
                        VALUES (:meeting, (SELECT coalesce(max(position) + 1, 0) FROM network_agenda_item
                                           WHERE meeting_id = :meeting), :title, :presenter, :description)
                        RETURNING id""")
                .param("meeting", meetingId)
                .param("title", form.title().strip())
                .param("presenter", MeetingForm.blankToNull(form.presenter()))
                .param("description", description(form.description()))
                .query(Long.class)
                .single();
        if (kind != null) {
            jdbc.sql("""
                            INSERT INTO network_agenda_document (item_id, file_name, kind, size, content, created_at)
                            VALUES (:item, :name, :kind, :size, :content, :now)""")
                    .param("item", itemId)
                    .param("name", name)
                    .param("kind", kind.name())
                    .param("size", content.length)
                    .param("content", content)
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("agendaItem", form.title().strip());
        after.put("document", String.valueOf(name));
        audit.updated(MEETING, meetingId, Map.of(), after);
        return itemId;
    }

    /**
     * The meeting whose agenda may still change: not cancelled, and without minutes (once the meeting is held and its
     * minutes written, the agenda is what the minutes refer to).
     */
    private Meeting agendaOpen(long networkId, long meetingId, String field) {
        jdbc.sql("SELECT id FROM network_meeting WHERE id = :id FOR UPDATE")
                .param("id", meetingId)
                .query(Long.class)
                .single();
        Meeting meeting = find(networkId, meetingId).orElseThrow();
        if (meeting.cancelled()) {
            throw Rejected.conflict(field, "networks.meeting.cancelled");
        }
        if (meeting.minutes() != null || meeting.minutesPublishedAt() != null) {
            throw Rejected.conflict(field, "networks.agenda.locked");
        }
        return meeting;
    }

    /**
     * Changes an agenda item's title and presenter and moves it to {@code agendaPosition} (1 for the first item), the
     * others keeping their order. The invitations already sent are not sent again.
     */
    @Transactional
    void changeAgendaItem(long networkId, long meetingId, long itemId, AgendaItemChangeForm form) {
        Meeting meeting = agendaOpen(networkId, meetingId, "agendaTitle");
        List<Meeting.AgendaItem> agenda = new ArrayList<>(meeting.agenda());
        Meeting.AgendaItem item = agenda.stream()
                .filter(i -> i.id() == itemId)
                .findFirst()
                .orElseThrow(() -> Rejected.conflict("agendaTitle", "networks.agenda.unknown"));
        int position = form.agendaPosition();
        if (position < 1 || position > agenda.size()) {
            throw new Rejected(new Violation("agendaPosition", "networks.agenda.position.invalid"));
        }
        int before = agenda.indexOf(item) + 1;
        agenda.remove(item);
        agenda.add(position - 1, item);
        String title = form.agendaTitle().strip();
        String presenter = MeetingForm.blankToNull(form.agendaPresenter());
        String description = description(form.agendaDescription());
        jdbc.sql("""
                        UPDATE network_agenda_item SET title = :title, presenter = :presenter, description = :description
                        WHERE id = :id""")
                .param("title", title)
                .param("presenter", presenter)
                .param("description", description)
                .param("id", itemId)
                .update();
        renumber(agenda);
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("agendaItem", item.title());
        was.put("presenter", String.valueOf(item.presenter()));
        was.put("position", before);
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("agendaItem", title);
        now.put("presenter", String.valueOf(presenter));
        now.put("position", position);
        if (!java.util.Objects.equals(item.description(), description)) {
            was.put("description", String.valueOf(item.description()));
            now.put("description", String.valueOf(description));
        }
        audit.updated(MEETING, meetingId, was, now);
    }

    /** A description as stored: without the line ends of Windows and the blank lines around it; empty is none. */
    private static @Nullable String description(@Nullable String given) {
        if (given == null) {
            return null;
        }
        String text = given.replace("\r\n", "\n").replace('\r', '\n').strip();
        return text.isEmpty() ? null : text;
    }

    /** Deletes an agenda item with its documents; the items after it move up. */
    @Transactional
    void deleteAgendaItem(long networkId, long meetingId, long itemId) {
        Meeting meeting = agendaOpen(networkId, meetingId, "agendaTitle");
        List<Meeting.AgendaItem> agenda = new ArrayList<>(meeting.agenda());
        Meeting.AgendaItem item = agenda.stream()
                .filter(i -> i.id() == itemId)
                .findFirst()
                .orElseThrow(() -> Rejected.conflict("agendaTitle", "networks.agenda.unknown"));
        jdbc.sql("DELETE FROM network_agenda_document WHERE item_id = :id")
                .param("id", itemId)
                .update();
        jdbc.sql("DELETE FROM network_agenda_item WHERE id = :id")
                .param("id", itemId)
                .update();
        agenda.remove(item);
        renumber(agenda);
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("agendaItem", item.title());
        was.put("documents", item.documents().size());
        audit.updated(MEETING, meetingId, was, Map.of("agendaItem", "-"));
    }

    private void renumber(List<Meeting.AgendaItem> agenda) {
        for (int i = 0; i < agenda.size(); i++) {
            jdbc.sql("UPDATE network_agenda_item SET position = :position WHERE id = :id")
                    .param("position", i)
                    .param("id", agenda.get(i).id())
                    .update();
        }
    }

    /** A document of this meeting, or empty when the id belongs to another meeting. */
    Optional<DocumentContent> document(long meetingId, long documentId) {
        return jdbc.sql("""
                        SELECT d.file_name, d.kind, d.content FROM network_agenda_document d
                        JOIN network_agenda_item i ON i.id = d.item_id
                        WHERE d.id = :id AND i.meeting_id = :meeting""")
                .param("id", documentId)
                .param("meeting", meetingId)
                .query((rs, n) -> new DocumentContent(
                        rs.getString("file_name"),
                        UploadedFiles.Kind.valueOf(rs.getString("kind")),
                        rs.getBytes("content")))
                .optional();
    }

    /** Publishes the sent minutes on the network's public page, or takes them off it. */
    @Transactional
    void setMinutesPublic(long networkId, long meetingId, boolean visible) {
        Network network = networks.find(networkId).orElseThrow();
        Meeting meeting = find(networkId, meetingId).orElseThrow();
        if (meeting.minutesPublishedAt() == null) {
            throw Rejected.conflict("public", "networks.minutes.public.notYet");
        }
        if (visible && !network.publicPage()) {
            throw Rejected.conflict("public", "networks.minutes.public.noPage");
        }
        jdbc.sql("UPDATE network_meeting SET minutes_public = :public WHERE id = :id")
                .param("public", visible)
                .param("id", meetingId)
                .update();
        audit.updated(
                MEETING, meetingId, Map.of("minutesPublic", meeting.minutesPublic()), Map.of("minutesPublic", visible));
    }

    /** The meetings whose minutes are public, newest first. */
    List<Meeting> publicMinutes(long networkId) {
        return meetings(networkId).stream()
                .filter(m -> m.minutesPublic() && m.minutesPublishedAt() != null)
                .toList();
    }

    private static Meeting.Action action(ResultSet rs, int row) throws SQLException {
        return new Meeting.Action(
                rs.getLong("id"),
                rs.getString("text"),
                rs.getString("owner_name"),
                rs.getString("owner_email"),
                rs.getObject("due_on", LocalDate.class));
    }
}
