package dk.samspil.companies.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the register, its notes and the log of who read them. */
@Repository
class CompanyRepository {

    private static final String COLUMNS =
            "id, cvr, name, address, postal_code, city, municipality_code, industry_code, industry_text, website";

    private final JdbcClient jdbc;

    CompanyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Company> findByCvr(String cvr) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM company WHERE cvr = :cvr")
                .param("cvr", cvr)
                .query(CompanyRepository::company)
                .optional();
    }

    /** By CVR number or part of the name, case-insensitively, by name. */
    List<Company> search(String cvr, String namePart, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM company
                        WHERE (:cvr <> '' AND cvr = :cvr) OR position(:name IN lower(name)) > 0
                        ORDER BY lower(name), cvr
                        LIMIT :limit""")
                .param("cvr", cvr)
                .param("name", namePart)
                .param("limit", limit)
                .query(CompanyRepository::company)
                .list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM company").query(Long.class).single();
    }

    /** The new company's id, or empty when the CVR number is taken. */
    Optional<Long> insert(CompanyData data, Instant now) {
        return jdbc.sql("""
                        INSERT INTO company (cvr, name, address, postal_code, city, municipality_code, industry_code,
                                             industry_text, website, created_at, updated_at)
                        VALUES (:cvr, :name, :address, :postalCode, :city, :municipalityCode, :industryCode,
                                :industryText, :website, :now, :now)
                        ON CONFLICT (cvr) DO NOTHING
                        RETURNING id""")
                .param("cvr", data.cvr())
                .param("name", data.name())
                .param("address", data.address())
                .param("postalCode", data.postalCode())
                .param("city", data.city())
                .param("municipalityCode", data.municipalityCode())
                .param("industryCode", data.industryCode())
                .param("industryText", data.industryText())
                .param("website", data.website())
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .optional();
    }

    long insertNote(long companyId, NoteData note, String author, StaffOrganisation authorOrg, Instant now) {
        return jdbc.sql("""
                        INSERT INTO company_note (company_id, visit_date, author, author_org, topics, title, notes,
                                                  shared_with, participants, created_at)
                        VALUES (:company, :date, :author, :authorOrg, CAST(:topics AS text[]), :title, :notes,
                                :sharedWith, CAST(:participants AS text[]), :now)
                        RETURNING id""")
                .param("company", companyId)
                .param("date", note.visitDate())
                .param("author", author)
                .param("authorOrg", authorOrg.name())
                .param("topics", note.topics().stream().map(Enum::name).toArray(String[]::new))
                .param("title", note.title())
                .param("notes", note.notes())
                .param("sharedWith", note.sharedWith().name())
                .param("participants", note.participants().toArray(String[]::new))
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    /** The notes a reader may see: those shared with the reader's organisation, newest visit first. */
    List<CompanyNote> notesReadableBy(long companyId, StaffOrganisation reader) {
        List<String> sharings = Arrays.stream(Sharing.values())
                .filter(s -> s.readableBy(reader))
                .map(Enum::name)
                .toList();
        return jdbc.sql("""
                        SELECT id, visit_date, author, author_org, topics, title, notes, shared_with, created_at,
                               anonymised_at, participants
                        FROM company_note
                        WHERE company_id = :company AND shared_with IN (:sharings)
                        ORDER BY visit_date DESC, id DESC""")
                .param("company", companyId)
                .param("sharings", sharings)
                .query(CompanyRepository::note)
                .list();
    }

    /** Who outside each note's own organisation has read it. */
    Map<Long, List<CompanyNote.Read>> reads(List<Long> noteIds) {
        if (noteIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                        SELECT note_id, reader, reader_org, first_read, last_read FROM company_note_read
                        WHERE note_id IN (:ids) ORDER BY first_read""")
                .param("ids", noteIds)
                .query((rs, i) -> Map.entry(
                        rs.getLong("note_id"),
                        new CompanyNote.Read(
                                rs.getString("reader"),
                                StaffOrganisation.valueOf(rs.getString("reader_org")),
                                rs.getTimestamp("first_read").toInstant(),
                                rs.getTimestamp("last_read").toInstant())))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    void logRead(long noteId, String reader, StaffOrganisation readerOrg, Instant now) {
        jdbc.sql("""
                        INSERT INTO company_note_read (note_id, reader, reader_org, first_read, last_read)
                        VALUES (:note, :reader, :readerOrg, :now, :now)
                        ON CONFLICT (note_id, reader) DO UPDATE SET last_read = EXCLUDED.last_read""")
                .param("note", noteId)
                .param("reader", reader)
                .param("readerOrg", readerOrg.name())
                .param("now", Timestamp.from(now))
                .update();
    }

    /** The new contact's id, or empty when the company already has a contact with that e-mail address. */
    Optional<Long> insertContact(long companyId, ContactForm form, String createdBy, Instant now) {
        return jdbc.sql("""
                        INSERT INTO company_contact (company_id, name, role_title, email, phone, legal_basis, basis_note,
                                                     consent_given_on, created_by, created_at)
                        VALUES (:company, :name, :roleTitle, :email, :phone, :legalBasis, :basisNote, :consentGivenOn,
                                :createdBy, :now)
                        ON CONFLICT DO NOTHING
                        RETURNING id""")
                .param("company", companyId)
                .param("name", form.name())
                .param("roleTitle", form.roleTitle())
                .param("email", form.email())
                .param("phone", form.phone())
                .param("legalBasis", form.legalBasis().name())
                .param("basisNote", form.basisNote())
                .param("consentGivenOn", form.legalBasis() == LegalBasis.CONSENT ? form.consentGivenOn() : null)
                .param("createdBy", createdBy)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .optional();
    }

    List<Contact> contacts(long companyId) {
        return jdbc.sql("SELECT * FROM company_contact WHERE company_id = :company ORDER BY lower(name), id")
                .param("company", companyId)
                .query(CompanyRepository::contact)
                .list();
    }

    Optional<Contact> contact(long companyId, long id) {
        return jdbc.sql("SELECT * FROM company_contact WHERE company_id = :company AND id = :id")
                .param("company", companyId)
                .param("id", id)
                .query(CompanyRepository::contact)
                .optional();
    }

    boolean deleteContact(long companyId, long id) {
        return jdbc.sql("DELETE FROM company_contact WHERE company_id = :company AND id = :id")
                        .param("company", companyId)
                        .param("id", id)
                        .update()
                == 1;
    }

    private static Contact contact(ResultSet rs, int row) throws SQLException {
        return new Contact(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("role_title"),
                rs.getString("email"),
                rs.getString("phone"),
                LegalBasis.valueOf(rs.getString("legal_basis")),
                rs.getString("basis_note"),
                rs.getObject("consent_given_on", java.time.LocalDate.class),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static Company company(ResultSet rs, int row) throws SQLException {
        return new Company(
                rs.getLong("id"),
                rs.getString("cvr"),
                rs.getString("name"),
                rs.getString("address"),
                rs.getString("postal_code"),
                rs.getString("city"),
                rs.getString("municipality_code"),
                rs.getString("industry_code"),
                rs.getString("industry_text"),
                rs.getString("website"));
    }

    private static CompanyNote note(ResultSet rs, int row) throws SQLException {
        Array topics = rs.getArray("topics");
        List<Topic> parsed =
                Arrays.stream((String[]) topics.getArray()).map(Topic::valueOf).toList();
        return new CompanyNote(
                rs.getLong("id"),
                rs.getObject("visit_date", java.time.LocalDate.class),
                rs.getString("author"),
                StaffOrganisation.valueOf(rs.getString("author_org")),
                parsed,
                rs.getString("title"),
                rs.getString("notes"),
                Sharing.valueOf(rs.getString("shared_with")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("anonymised_at") == null
                        ? null
                        : rs.getTimestamp("anonymised_at").toInstant(),
                List.of(),
                Arrays.asList((String[]) rs.getArray("participants").getArray()),
                List.of());
    }
}
