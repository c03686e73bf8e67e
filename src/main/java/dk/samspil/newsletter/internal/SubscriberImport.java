package dk.samspil.newsletter.internal;

import dk.samspil.newsletter.NewsletterProperties;
import dk.samspil.platform.CsvUploads;
import dk.samspil.platform.Cvr;
import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.EmailAddresses;
import dk.samspil.platform.MailSuppressions;
import dk.samspil.platform.TextInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff import people into a list from a CSV file: one row per person with the e-mail address, an optional CVR number,
 * the legal basis (consent or an existing customer relationship) and where it is documented. The preview says per row
 * what importing would do and writes nothing; the import adds every row or none, each with its consent recorded like a
 * person staff add by hand (method {@code IMPORT}). A file with any refused row is not imported.
 */
@Service
class SubscriberImport {

    /** What a row would do. */
    enum Outcome {
        /** The person is put on the list. */
        ADD,
        /** Nothing changes: the person is on the list already, or the row repeats an earlier one. */
        UNCHANGED,
        /** The row cannot be imported; the file is not imported while it has one. */
        REFUSED
    }

    /** The file's columns; {@code EMAIL}, {@code LEGAL_BASIS} and {@code SOURCE} must be there. */
    enum Column {
        EMAIL(true),
        CVR(false),
        LEGAL_BASIS(true),
        SOURCE(true);

        final boolean required;

        Column(boolean required) {
            this.required = required;
        }

        String messageKey() {
            return "newsletter.import.column." + name();
        }
    }

    /**
     * One data row and its outcome.
     *
     * @param legalBasis {@code CONSENT} or {@code CUSTOMER} when the cell could be read
     * @param reason     the message key saying why (refused or unchanged rows), with its arguments
     */
    record Line(
            int line,
            String email,
            @Nullable String cvr,
            @Nullable String legalBasis,
            String source,
            Outcome outcome,
            @Nullable String reason,
            List<Object> arguments) {}

    /** What importing the file would do, row by row. */
    record Preview(MailingList list, List<Line> lines) {

        List<Line> with(Outcome outcome) {
            return lines.stream().filter(line -> line.outcome() == outcome).toList();
        }

        long count(Outcome outcome) {
            return lines.stream().filter(line -> line.outcome() == outcome).count();
        }
    }

    /** The file cannot be read as a subscriber list at all; nothing was stored. */
    static final class FileRefused extends RuntimeException {

        private final String messageKey;
        private final transient Object[] arguments;

        FileRefused(String messageKey, Object... arguments) {
            super("Subscriber file refused: " + messageKey);
            this.messageKey = messageKey;
            this.arguments = arguments;
        }

        String messageKey() {
            return messageKey;
        }

        Object[] arguments() {
            return arguments.clone();
        }
    }

    /** The confirmation found refused rows (the file or the list changed since the preview); nothing was stored. */
    static final class HasRefused extends RuntimeException {
        HasRefused() {
            super("The file has refused rows");
        }
    }

    static final int MAX_SOURCE = 500;

    private final NewsletterRepository repository;
    private final NewsletterSubscriptions subscriptions;
    private final MailSuppressions suppressions;
    private final NewsletterProperties properties;
    private final Map<String, Column> columnsByHeader = new HashMap<>();
    private final Map<String, String> legalBases = new HashMap<>();

    SubscriberImport(
            NewsletterRepository repository,
            NewsletterSubscriptions subscriptions,
            MailSuppressions suppressions,
            NewsletterProperties properties,
            MessageSource messages) {
        this.repository = repository;
        this.subscriptions = subscriptions;
        this.suppressions = suppressions;
        this.properties = properties;
        for (Locale locale : List.of(DanishFormats.DANISH, Locale.ENGLISH)) {
            for (Column column : Column.values()) {
                columnsByHeader.put(normalize(messages.getMessage(column.messageKey(), null, locale)), column);
            }
            for (String basis : List.of("CONSENT", "CUSTOMER")) {
                legalBases.put(normalize(messages.getMessage("newsletter.import.basis." + basis, null, locale)), basis);
                legalBases.put(normalize(messages.getMessage("newsletter.legalBasis." + basis, null, locale)), basis);
            }
        }
        for (Column column : Column.values()) {
            columnsByHeader.put(normalize(column.name().replace("_", "")), column);
        }
        legalBases.put("consent", "CONSENT");
        legalBases.put("customer", "CUSTOMER");
    }

    int maxRows() {
        return properties.importUpload().maxRows();
    }

    /**
     * Reads the file only as far as needed to know it is a subscriber file (text, the header with the required
     * columns, at least one row, not too many).
     *
     * @throws FileRefused when it is not
     */
    void checkFile(byte[] content) {
        rows(content);
    }

    /** What importing the file into the list would do; writes nothing. */
    @Transactional(readOnly = true)
    Preview preview(MailingList list, byte[] content) {
        List<Row> rows = rows(content);
        Map<String, String> status = repository.members(list.id()).stream()
                .collect(Collectors.toMap(
                        member -> member.email().toLowerCase(Locale.ROOT),
                        NewsletterRepository.Member::status,
                        (a, b) -> a));
        Set<String> suppressed = suppressions.suppressedAmong(
                rows.stream().map(Row::email).filter(EmailAddresses::isValid).toList());
        Map<String, List<Row>> byEmail = new HashMap<>();
        for (Row row : rows) {
            if (row.problem() == null) {
                byEmail.computeIfAbsent(row.email().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(row);
            }
        }
        List<Line> lines = new ArrayList<>(rows.size());
        for (Row row : rows) {
            String key = row.email().toLowerCase(Locale.ROOT);
            List<Row> same = byEmail.getOrDefault(key, List.of());
            Row differing = same.stream()
                    .filter(other -> !other.sameConsent(row))
                    .findFirst()
                    .orElse(null);
            Row earlier = same.isEmpty() ? null : same.get(0);
            Outcome outcome = Outcome.ADD;
            String reason = null;
            List<Object> arguments = List.of();
            if (row.problem() != null) {
                outcome = Outcome.REFUSED;
                reason = row.problem();
                arguments = row.arguments();
            } else if (differing != null) {
                outcome = Outcome.REFUSED;
                reason = "newsletter.import.refused.conflict";
                arguments = List.of(differing.number());
            } else if (suppressed.contains(key)) {
                outcome = Outcome.REFUSED;
                reason = "newsletter.import.refused.suppressed";
            } else if ("UNSUBSCRIBED".equals(status.get(key))) {
                outcome = Outcome.REFUSED;
                reason = "newsletter.import.refused.unsubscribed";
            } else if (earlier != null && earlier.number() != row.number()) {
                outcome = Outcome.UNCHANGED;
                reason = "newsletter.import.unchanged.repeat";
                arguments = List.of(earlier.number());
            } else if ("ACTIVE".equals(status.get(key))) {
                outcome = Outcome.UNCHANGED;
                reason = "newsletter.import.unchanged.member";
            }
            lines.add(new Line(
                    row.number(), row.email(), row.cvr(), row.legalBasis(), row.source(), outcome, reason, arguments));
        }
        return new Preview(list, lines);
    }

    /**
     * Imports every row to add, or nothing: the file is read and checked again against the list as it is now.
     *
     * @return how many people were put on the list
     * @throws HasRefused when a row is refused now
     * @throws FileRefused when the file cannot be read
     */
    @Transactional
    int importAll(MailingList list, byte[] content, String fileName, String staff) {
        MailingList current = repository.list(list.id()).orElseThrow(HasRefused::new);
        Preview preview = preview(current, content);
        if (preview.count(Outcome.REFUSED) > 0) {
            throw new HasRefused();
        }
        String documentedBy = " (" + staff + ", " + fileName + ")";
        int added = 0;
        for (Line line : preview.with(Outcome.ADD)) {
            subscriptions.addActive(
                    current,
                    line.email(),
                    line.cvr(),
                    Objects.requireNonNull(line.legalBasis()),
                    line.source() + documentedBy,
                    NewsletterSubscriptions.Method.IMPORT);
            added++;
        }
        return added;
    }

    /** A row as read, with the first problem of its own cells ({@code null} when none). */
    private record Row(
            int number,
            String email,
            @Nullable String cvr,
            @Nullable String legalBasis,
            String source,
            @Nullable String problem,
            List<Object> arguments) {

        boolean sameConsent(Row other) {
            return Objects.equals(cvr, other.cvr)
                    && Objects.equals(legalBasis, other.legalBasis)
                    && source.equalsIgnoreCase(other.source);
        }
    }

    private List<Row> rows(byte[] content) {
        CsvUploads.Table table;
        try {
            table = CsvUploads.read(content, maxRows());
        } catch (CsvUploads.Refused refused) {
            throw switch (refused.problem()) {
                case EMPTY -> new FileRefused("newsletter.import.error.empty");
                case NOT_TEXT -> new FileRefused("newsletter.import.error.notText");
                case ENCODING -> new FileRefused("newsletter.import.error.encoding", refused.line());
                case SYNTAX -> new FileRefused("newsletter.import.error.syntax");
                case TOO_MANY_ROWS -> new FileRefused("newsletter.import.error.tooManyRows", maxRows());
            };
        }
        Map<Column, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            Column column = columnsByHeader.get(normalize(table.header().get(i)));
            if (column != null && positions.putIfAbsent(column, i) != null) {
                throw new FileRefused(
                        "newsletter.import.error.duplicateColumn",
                        table.header().get(i).strip());
            }
        }
        List<Column> missing = List.of(Column.values()).stream()
                .filter(column -> column.required && !positions.containsKey(column))
                .toList();
        if (!missing.isEmpty()) {
            throw new FileRefused("newsletter.import.error.columns", missing);
        }
        if (table.rows().isEmpty()) {
            throw new FileRefused("newsletter.import.error.noRows");
        }
        return table.rows().stream().map(row -> row(row, positions)).toList();
    }

    private Row row(CsvUploads.Row row, Map<Column, Integer> positions) {
        String email = TextInput.foldLines(row.cell(positions.get(Column.EMAIL)));
        Integer cvrAt = positions.get(Column.CVR);
        String cvrText = cvrAt == null ? "" : TextInput.foldLines(row.cell(cvrAt));
        String basisText = TextInput.foldLines(row.cell(positions.get(Column.LEGAL_BASIS)));
        String rawSource = row.cell(positions.get(Column.SOURCE)).strip();
        String source = TextInput.removeControlCharacters(rawSource);
        String legalBasis = basisText.isEmpty() ? null : legalBases.get(normalize(basisText));
        String cvr = cvrText.isEmpty() || Cvr.problem(cvrText).isPresent() ? null : Cvr.normalize(cvrText);
        String problem = null;
        List<Object> arguments = List.of();
        int formula = positions.values().stream()
                .filter(row.formulaCells()::contains)
                .findFirst()
                .orElse(-1);
        if (formula >= 0) {
            problem = "newsletter.import.refused.formula";
            arguments = List.of(row.cell(formula).strip());
        } else if (email.isEmpty()) {
            problem = "newsletter.import.refused.emailMissing";
        } else if (!EmailAddresses.isValid(email)) {
            problem = "newsletter.import.refused.emailInvalid";
            arguments = List.of(email);
        } else if (!cvrText.isEmpty() && cvr == null) {
            problem = Cvr.problem(cvrText).orElseThrow();
        } else if (basisText.isEmpty()) {
            problem = "newsletter.import.refused.basisMissing";
        } else if (legalBasis == null) {
            problem = "newsletter.import.refused.basisUnknown";
            arguments = List.of(basisText);
        } else if (source.isEmpty()) {
            problem = "newsletter.import.refused.sourceMissing";
        } else if (source.length() > MAX_SOURCE || !TextInput.isSingleLine(rawSource)) {
            problem = "newsletter.error.source.size";
        }
        return new Row(row.number(), email, cvr, legalBasis, source, problem, arguments);
    }

    private static String normalize(String text) {
        return text.strip().replaceAll("[\\s_-]+", "").toLowerCase(Locale.ROOT);
    }
}
