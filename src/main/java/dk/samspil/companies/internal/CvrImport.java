package dk.samspil.companies.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dk.samspil.platform.AuditLog;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports company documents from the CVR distribution, matched on CVR number. Each document's facts are fingerprinted:
 * an unchanged company costs one lookup and writes nothing; a changed one is written with its changed fields in the
 * audit log. Documents are written in batches of {@value #BATCH}, each in its own transaction, so a broken line in the
 * middle leaves the rest imported and is reported with its line.
 */
@Service
class CvrImport {

    static final int BATCH = 500;
    /** How many lines of each outcome the report lists; the counts are always complete. */
    static final int LISTED = 1000;

    enum Outcome { CREATED, CHANGED, UNCHANGED, REFUSED }

    /** One document's outcome: for a change the fields, for a refusal the reason (a message key and its detail). */
    record Line(long line, String cvr, Outcome outcome, List<String> fields, String messageKey, String detail) {
    }

    record Report(Map<Outcome, Integer> counts, List<Line> lines) {

        int count(Outcome outcome) {
            return counts.getOrDefault(outcome, 0);
        }
    }

    private final CompanyRepository repository;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;

    CvrImport(CompanyRepository repository, AuditLog audit, TransactionTemplate transactions, JsonMapper json,
              Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /** Throws {@link CvrDocuments.NotACvrFile} before anything is written when the file has no accepted shape. */
    Report importFrom(InputStream file) throws IOException {
        Map<Outcome, Integer> counts = new LinkedHashMap<>();
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, 0);
        }
        List<Line> lines = new ArrayList<>();
        List<CvrDocuments.Parsed> batch = new ArrayList<>(BATCH);
        new CvrDocuments(json).read(file, item -> {
            if (item instanceof CvrDocuments.Parsed parsed) {
                batch.add(parsed);
                if (batch.size() == BATCH) {
                    write(batch, counts, lines);
                    batch.clear();
                }
            } else if (item instanceof CvrDocuments.Refused refused) {
                record(counts, lines, new Line(refused.line(), "", Outcome.REFUSED, List.of(), refused.messageKey(),
                        refused.detail()));
            }
        });
        write(batch, counts, lines);
        return new Report(counts, lines);
    }

    private void write(List<CvrDocuments.Parsed> batch, Map<Outcome, Integer> counts, List<Line> lines) {
        if (batch.isEmpty()) {
            return;
        }
        List<Line> outcomes = transactions.execute(status -> {
            Map<String, String> known = repository.fingerprints(batch.stream().map(p -> p.facts().cvr()).toList());
            List<Line> written = new ArrayList<>(batch.size());
            for (CvrDocuments.Parsed parsed : batch) {
                CvrFacts facts = parsed.facts();
                String fingerprint = facts.fingerprint();
                if (fingerprint.equals(known.get(facts.cvr()))) {
                    written.add(new Line(parsed.line(), facts.cvr(), Outcome.UNCHANGED, List.of(), "", ""));
                    continue;
                }
                List<String> fields = known.containsKey(facts.cvr())
                        ? repository.facts(facts.cvr()).map(before -> changed(before, facts)).orElse(List.of())
                        : List.of();
                boolean created = repository.upsertFromCvr(facts, clock.instant());
                if (created) {
                    audit.created(CompanyService.COMPANY, facts.cvr(), facts);
                }
                known.put(facts.cvr(), fingerprint);
                written.add(new Line(parsed.line(), facts.cvr(), created ? Outcome.CREATED : Outcome.CHANGED, fields,
                        "", ""));
            }
            return written;
        });
        outcomes.forEach(line -> record(counts, lines, line));
    }

    private List<String> changed(CvrFacts before, CvrFacts after) {
        Map<String, AuditLog.Change> changes = AuditLog.diff(before, after);
        if (!changes.isEmpty()) {
            audit.updated(CompanyService.COMPANY, after.cvr(), before, after);
        }
        return List.copyOf(changes.keySet());
    }

    private static void record(Map<Outcome, Integer> counts, List<Line> lines, Line line) {
        if (counts.merge(line.outcome(), 1, Integer::sum) <= LISTED) {
            lines.add(line);
        }
    }
}
