package dk.samspil.companies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.support.CvrNumbers;
import dk.samspil.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The in-memory company search index answers as the SQL search does (same companies, same name order, same count),
 * and only while it is the committed register: an import, its undo, a visit's title, tags and the anonymisation of a
 * note each make it stale (the search then answers by SQL and still finds the change), and the next rebuild holds the
 * change. A change of what the search does not use (a phone number) keeps it current.
 */
class CompanySearchIndexTest extends IntegrationTest {

    @Autowired
    CompanySearchIndex index;

    @Autowired
    CompanySearch search;

    @Autowired
    CompanySearchTerms terms;

    @Autowired
    CompanyService companies;

    @Autowired
    CvrImport cvrImport;

    @Autowired
    CvrImportUndo undo;

    @Autowired
    CompanyRetention retention;

    @Autowired
    JdbcClient jdbc;

    private static String uniqueWord() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("zx");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static CompanyFilter words(String q) {
        return new CompanyFilter(q, null, null, null, null, List.of(), null, null);
    }

    private Company company(String name) {
        return companies.create(new CompanyData(CvrNumbers.random(), name, null, null, null, null, null, null, null));
    }

    /** The CVR numbers the current index finds for the query, in its order (it must be current). */
    private List<String> indexed(String q) {
        CompanySearchIndex.Hits hits =
                index.find(terms.query(q), 0, 100).orElseThrow(() -> new AssertionError("the index is not current"));
        List<String> cvrs = jdbc
                .sql("SELECT id, cvr FROM company WHERE id IN (:ids)")
                .param("ids", hits.ids().isEmpty() ? List.of(-1L) : hits.ids())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .list()
                .stream()
                .sorted(java.util.Comparator.comparingInt(row -> hits.ids().indexOf((Long) row[0])))
                .map(row -> (String) row[1])
                .toList();
        assertThat(hits.total()).isEqualTo(cvrs.size());
        return cvrs;
    }

    /** The CVR numbers the SQL search finds for the query, in name order. */
    private List<String> bySql(String q) {
        return search.all(words(q), null).stream().map(CompanyRow::cvr).toList();
    }

    @Test
    void theIndexFindsWhatSqlFindsInTheSameOrderAndPagesIt() {
        String word = uniqueWord();
        String other = uniqueWord();
        company("Øster " + word + " ApS");
        company("anden " + word + " " + other + " A/S");
        company("Bageri " + word + "s I/S");
        company("Cirkus " + other);
        index.rebuild();

        assertThat(indexed(word)).hasSize(3).isEqualTo(bySql(word));
        assertThat(indexed(word + " " + other)).hasSize(1).isEqualTo(bySql(word + " " + other));
        assertThat(indexed(other)).hasSize(2).isEqualTo(bySql(other));
        assertThat(indexed(uniqueWord())).isEmpty();

        CompanySearch.Page second = search.find(words(word), null, 1, 2);
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.companies())
                .extracting(CompanyRow::cvr)
                .isEqualTo(bySql(word).subList(2, 3));
        assertThat(search.find(words(""), null, 0, 5).total())
                .as("no words: the whole register, counted by the index")
                .isEqualTo(jdbc.sql("SELECT count(*) FROM company")
                        .query(Long.class)
                        .single());
    }

    @Test
    void everyChangeOfNamesOrTermsMakesTheIndexStaleAndTheRebuildHoldsIt() throws Exception {
        String word = uniqueWord();
        index.rebuild();
        assertThat(index.isCurrent()).isTrue();

        Company company = company("Værksted " + word);
        assertThat(index.isCurrent()).isFalse();
        assertThat(search.find(words(word), null, 0, 20).companies())
                .as("while stale the search answers by SQL")
                .extracting(CompanyRow::cvr)
                .containsExactly(company.cvr());
        index.rebuild();
        assertThat(indexed(word)).containsExactly(company.cvr());

        jdbc.sql("UPDATE company SET phone = '12345678' WHERE cvr = :cvr")
                .param("cvr", company.cvr())
                .update();
        assertThat(index.isCurrent()).as("a phone number is not searched").isTrue();

        String visitWord = uniqueWord();
        long note = companies.addNote(
                company,
                new NoteData(LocalDate.of(2020, 3, 2), List.of(), "Besøg om " + visitWord, "Noter.", Sharing.ALL),
                "konsulent@sec.dk",
                StaffOrganisation.BUSINESS_CENTRE);
        assertThat(index.isCurrent()).isFalse();
        index.rebuild();
        assertThat(indexed(visitWord)).containsExactly(company.cvr());

        String tag = uniqueWord();
        search.setTags(company, tag);
        assertThat(index.isCurrent()).isFalse();
        index.rebuild();
        assertThat(indexed(tag)).containsExactly(company.cvr());

        jdbc.sql("UPDATE company_note SET created_at = now() - interval '6 years' WHERE id = :id")
                .param("id", note)
                .update();
        retention.run();
        assertThat(index.isCurrent()).isFalse();
        index.rebuild();
        assertThat(indexed(visitWord))
                .as("the anonymised title no longer finds it")
                .isEmpty();
        assertThat(indexed(word)).containsExactly(company.cvr());

        String importWord = uniqueWord();
        String cvr = CvrNumbers.random();
        String line = Files.readAllLines(
                        Path.of("src/test/resources/cvr/linjer-med-fejl.jsonl"), StandardCharsets.UTF_8)
                .get(0)
                .replace("20680598", cvr)
                .replace("Slagelse VVS & Blik ApS", importWord + " VVS ApS");
        CvrImport.Report report = cvrImport.importFrom(
                new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8)),
                CvrImport.Origin.API,
                "admin@sec.dk",
                null);
        assertThat(report.count(CvrImport.Outcome.CREATED)).isEqualTo(1);
        assertThat(index.isCurrent()).isFalse();
        index.rebuild();
        assertThat(indexed(importWord)).containsExactly(cvr);

        undo.undo(java.util.Objects.requireNonNull(report.importId()), "admin@sec.dk");
        assertThat(index.isCurrent()).isFalse();
        index.rebuild();
        assertThat(indexed(importWord))
                .as("the undone import's company is gone")
                .isEmpty();
    }
}
