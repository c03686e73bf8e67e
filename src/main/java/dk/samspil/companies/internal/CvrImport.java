package dk.samspil.companies.internal;

import dk.samspil.platform.AuditLog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports company documents from the CVR distribution, matched on CVR number. Each document's facts are fingerprinted:
 * an unchanged company costs one lookup and writes nothing; a changed one is written with its changed fields in the
 * audit log, and what it held before is kept with the import so the import can be undone. A preview reads the same
 * way and writes nothing. Documents are decided in batches of {@value #BATCH}: a streamed import (the API, the nightly
 * fetch) commits each batch, so a broken line in the middle leaves the rest imported and is reported with its line;
 * a confirmed upload is all-or-nothing in one transaction.
 */
@Service
class CvrImport {

    static final int BATCH = 500;
    /** How many lines of each outcome the report lists; the counts are always complete. */
    static final int LISTED = 1000;

    enum Outcome {
        CREATED,
        CHANGED,
        UNCHANGED,
        REFUSED
    }

    /** Where an import came from. */
    enum Origin {
        UPLOAD,
        API,
        CVR_FETCH
    }

    /**
     * One document's outcome: for a change the fields, for a refusal the reason (a message key and its arguments; the
     * first argument is the detail, shown after the message when the message does not use it).
     */
    record Line(
            long line,
            String cvr,
            String name,
            Outcome outcome,
            List<String> fields,
            String messageKey,
            List<String> arguments) {

        Line {
            fields = List.copyOf(fields);
            arguments = List.copyOf(arguments);
        }

        /** The refusal's reason in words, or empty for other outcomes. */
        String reason(MessageSource messages, Locale locale) {
            if (messageKey.isEmpty()) {
                return "";
            }
            String text = messages.getMessage(messageKey, arguments.toArray(), messageKey, locale);
            String detail = arguments.isEmpty() ? "" : arguments.get(0);
            return detail.isEmpty() || text.contains(detail) ? text : text + " (" + detail + ")";
        }
    }

    /** Counts of every outcome, the first {@value #LISTED} lines of each, and the recorded import (none for a preview). */
    record Report(
            Map<Outcome, Integer> counts,
            List<Line> lines,
            @Nullable Long importId) {

        int count(Outcome outcome) {
            return counts.getOrDefault(outcome, 0);
        }

        List<Line> listed(Outcome outcome) {
            return lines.stream().filter(line -> line.outcome() == outcome).toList();
        }

        /** Documents that would be imported: all but the refused. */
        int valid() {
            return count(Outcome.CREATED) + count(Outcome.CHANGED) + count(Outcome.UNCHANGED);
        }

        Counts tally() {
            return new Counts(
                    count(Outcome.CREATED), count(Outcome.CHANGED), count(Outcome.UNCHANGED), count(Outcome.REFUSED));
        }
    }

    /** The counts of an import or preview, for pages. */
    record Counts(int created, int changed, int unchanged, int refused) implements java.io.Serializable {

        public int valid() {
            return created + changed + unchanged;
        }
    }

    /** All-or-nothing was asked for, but the file has refused documents. */
    static final class HasRefused extends RuntimeException {
        HasRefused() {
            super("Import refused: documents with errors");
        }
    }

    /** Only-the-valid-ones was asked for, but no document is valid. */
    static final class NothingValid extends RuntimeException {
        NothingValid() {
            super("Import refused: no valid documents");
        }
    }

    /** The register's column widths: longer values are refused, not cut. */
    private static final Map<String, Integer> WIDTHS = Map.ofEntries(
            Map.entry("name", 200),
            Map.entry("address", 200),
            Map.entry("city", 100),
            Map.entry("industryText", 200),
            Map.entry("website", 300),
            Map.entry("email", 254),
            Map.entry("phone", 30),
            Map.entry("companyForm", 100),
            Map.entry("employeeBand", 40),
            Map.entry("status", 60));

    private final CompanyImportRepository imports;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final TransactionTemplate readOnly;
    private final CvrDocuments documents;
    private final Clock clock;

    CvrImport(
            CompanyImportRepository imports,
            AuditLog audit,
            PlatformTransactionManager transactionManager,
            tools.jackson.databind.json.JsonMapper json,
            Clock clock) {
        this.imports = imports;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.documents = new CvrDocuments(json);
        this.clock = clock;
    }

    /** Documents from somewhere: a file, or the pages of a search on the CVR service. */
    @FunctionalInterface
    interface Source {
        void read(CvrDocuments documents, java.util.function.Consumer<CvrDocuments.Item> sink) throws IOException;
    }

    /** What importing the file would do, writing nothing. Throws {@link CvrDocuments.NotACvrFile} for another format. */
    Report preview(InputStream file) throws IOException {
        return run(file, null);
    }

    /** Throws {@link CvrDocuments.NotACvrFile} when the file is of no accepted shape, before anything is read. */
    void checkShape(byte[] content) {
        documents.checkShape(
                content.length > CvrDocuments.PEEK ? java.util.Arrays.copyOf(content, CvrDocuments.PEEK) : content);
    }

    /**
     * Imports a streamed file batch by batch, skipping refused documents, and records the import. Throws
     * {@link CvrDocuments.NotACvrFile} before anything is written when the file has no accepted shape.
     */
    Report importFrom(InputStream file, Origin origin, String by, @Nullable String fileName) throws IOException {
        java.io.BufferedInputStream in = new java.io.BufferedInputStream(file, 1 << 16);
        in.mark(CvrDocuments.PEEK);
        documents.checkShape(in.readNBytes(CvrDocuments.PEEK));
        in.reset();
        return importFrom((reader, sink) -> reader.read(in, sink), origin, by, fileName);
    }

    /** Imports documents from a source batch by batch, skipping refused documents, and records the import. */
    Report importFrom(Source source, Origin origin, String by, @Nullable String fileName) throws IOException {
        Long id = transactions.execute(status -> imports.start(origin, fileName, by, clock.instant()));
        Report report = run(source, id);
        transactions.executeWithoutResult(status -> imports.finish(id, report.counts(), clock.instant()));
        return report;
    }

    /**
     * Imports a kept file in one transaction: all documents, or (with {@code validOnly}) the valid ones and none of
     * the refused. Throws {@link HasRefused} or {@link NothingValid} without writing anything.
     */
    Report importChecked(byte[] content, Origin origin, String by, @Nullable String fileName, boolean validOnly) {
        try {
            Report preview = preview(new ByteArrayInputStream(content));
            if (!validOnly && preview.count(Outcome.REFUSED) > 0) {
                throw new HasRefused();
            }
            if (preview.valid() == 0) {
                throw new NothingValid();
            }
            return transactions.execute(status -> {
                long id = imports.start(origin, fileName, by, clock.instant());
                try {
                    Report report = run(new ByteArrayInputStream(content), id);
                    imports.finish(id, report.counts(), clock.instant());
                    return report;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the file and decides every document; writes only when {@code importId} is given. */
    private Report run(InputStream file, @Nullable Long importId) throws IOException {
        return run((reader, sink) -> reader.read(file, sink), importId);
    }

    private Report run(Source source, @Nullable Long importId) throws IOException {
        Map<Outcome, Integer> counts = new LinkedHashMap<>();
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, 0);
        }
        List<Line> lines = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        List<CvrDocuments.Item> batch = new ArrayList<>(BATCH);
        source.read(documents, item -> {
            if (item instanceof CvrDocuments.Refused refused) {
                record(counts, lines, refused(refused));
                return;
            }
            String cvr = item instanceof CvrDocuments.Unparsed unparsed
                    ? unparsed.cvr()
                    : ((CvrDocuments.Parsed) item).facts().cvr();
            Long earlier = seen.putIfAbsent(cvr, item.line());
            if (earlier != null) {
                record(
                        counts,
                        lines,
                        new Line(
                                item.line(),
                                cvr,
                                "",
                                Outcome.REFUSED,
                                List.of(),
                                "companies.import.refused.duplicate",
                                List.of(cvr, String.valueOf(earlier))));
                return;
            }
            batch.add(item);
            if (batch.size() == BATCH) {
                decide(batch, importId).forEach(line -> record(counts, lines, line));
                batch.clear();
            }
        });
        decide(batch, importId).forEach(line -> record(counts, lines, line));
        return new Report(counts, lines, importId);
    }

    private static Line refused(CvrDocuments.Refused refused) {
        return new Line(
                refused.line(),
                refused.cvr(),
                "",
                Outcome.REFUSED,
                List.of(),
                refused.messageKey(),
                refused.detail().isEmpty() ? List.of() : List.of(refused.detail()));
    }

    /** A value wider than the register keeps. */
    private static Optional<Line> tooLong(CvrDocuments.Parsed parsed) {
        CvrFacts facts = parsed.facts();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", facts.name());
        values.put("address", facts.address());
        values.put("city", facts.city());
        values.put("industryText", facts.industryText());
        values.put("website", facts.website());
        values.put("email", facts.email());
        values.put("phone", facts.phone());
        values.put("companyForm", facts.companyForm());
        values.put("employeeBand", facts.employeeBand());
        values.put("status", facts.status());
        for (Map.Entry<String, String> field : values.entrySet()) {
            int width = WIDTHS.get(field.getKey());
            if (field.getValue() != null && field.getValue().length() > width) {
                return Optional.of(new Line(
                        parsed.line(),
                        facts.cvr(),
                        facts.name(),
                        Outcome.REFUSED,
                        List.of(field.getKey()),
                        "companies.import.refused.tooLong",
                        List.of(facts.cvr(), String.valueOf(width))));
            }
        }
        return Optional.empty();
    }

    /**
     * Decides a batch: a JSON line whose bytes are those the company was last imported from is unchanged without
     * parsing; the others are parsed, and a company whose facts have the stored fingerprint is unchanged too. Writes
     * the created and changed ones only when {@code importId} is given.
     */
    private List<Line> decide(List<CvrDocuments.Item> batch, @Nullable Long importId) {
        if (batch.isEmpty()) {
            return List.of();
        }
        TransactionTemplate template = importId == null ? readOnly : transactions;
        return template.execute(status -> {
            Map<String, CompanyImportRepository.Stored> known = imports.stored(batch.stream()
                    .map(item -> item instanceof CvrDocuments.Unparsed u
                            ? u.cvr()
                            : ((CvrDocuments.Parsed) item).facts().cvr())
                    .toList());
            List<Line> decided = new ArrayList<>(batch.size());
            List<CvrDocuments.Parsed> parsed = new ArrayList<>(batch.size());
            for (CvrDocuments.Item item : batch) {
                if (item instanceof CvrDocuments.Unparsed unparsed) {
                    CompanyImportRepository.Stored stored = known.get(unparsed.cvr());
                    if (stored != null && unparsed.digest().equals(stored.documentHash())) {
                        decided.add(
                                new Line(item.line(), unparsed.cvr(), "", Outcome.UNCHANGED, List.of(), "", List.of()));
                        continue;
                    }
                    item = unparsed.parse();
                }
                if (item instanceof CvrDocuments.Refused refused) {
                    decided.add(refused(refused));
                } else if (item instanceof CvrDocuments.Parsed document) {
                    Optional<Line> problem = tooLong(document);
                    if (problem.isPresent()) {
                        decided.add(problem.get());
                    } else {
                        parsed.add(document);
                    }
                }
            }
            List<String> differing = parsed.stream()
                    .map(CvrDocuments.Parsed::facts)
                    .filter(f -> known.containsKey(f.cvr())
                            && !f.fingerprint().equals(known.get(f.cvr()).fingerprint()))
                    .map(CvrFacts::cvr)
                    .toList();
            Map<String, CompanyImportRepository.Before> before = imports.before(differing);
            List<CompanyImportRepository.Change> changes = new ArrayList<>();
            List<CvrDocuments.Parsed> writes = new ArrayList<>();
            Map<String, CvrFacts> created = new LinkedHashMap<>();
            for (CvrDocuments.Parsed document : parsed) {
                CvrFacts facts = document.facts();
                CompanyImportRepository.Stored stored = known.get(facts.cvr());
                if (stored != null && facts.fingerprint().equals(stored.fingerprint())) {
                    decided.add(new Line(
                            document.line(), facts.cvr(), facts.name(), Outcome.UNCHANGED, List.of(), "", List.of()));
                    continue;
                }
                CompanyImportRepository.Before was = before.get(facts.cvr());
                List<String> fields = was == null
                        ? List.of()
                        : List.copyOf(AuditLog.diff(was.facts(), facts).keySet());
                Outcome outcome = was == null ? Outcome.CREATED : Outcome.CHANGED;
                if (importId != null) {
                    writes.add(document);
                    if (was == null) {
                        created.put(facts.cvr(), facts);
                    } else {
                        audit.updated(CompanyService.COMPANY, facts.cvr(), was.facts(), facts);
                    }
                    changes.add(new CompanyImportRepository.Change(facts.cvr(), was));
                }
                decided.add(new Line(document.line(), facts.cvr(), facts.name(), outcome, fields, "", List.of()));
            }
            if (importId != null) {
                imports.upsertAll(writes, clock.instant());
                audit.createdAll(CompanyService.COMPANY, created);
                imports.recordChanges(importId, changes);
            }
            return decided;
        });
    }

    private static void record(Map<Outcome, Integer> counts, List<Line> lines, Line line) {
        if (counts.merge(line.outcome(), 1, Integer::sum) <= LISTED) {
            lines.add(line);
        }
    }
}
