package dk.samspil.pipeline.internal.importing;

import static dk.samspil.pipeline.internal.importing.PlanColumn.*;

import dk.samspil.codelists.CpvCode;
import dk.samspil.organisation.BuyingUnit;
import dk.samspil.organisation.OrganisationService;
import dk.samspil.pipeline.ContractType;
import dk.samspil.pipeline.EntryPresenter;
import dk.samspil.pipeline.EstimatedValue;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.Lot;
import dk.samspil.pipeline.NewProcurement;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementDetails;
import dk.samspil.pipeline.ProcurementProcedure;
import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.TextInput;
import dk.samspil.platform.Violation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.ss.util.CellReference;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The plan file layout (docs/import-format.md): one row per planned procurement in the columns of
 * {@link PlanColumn}. Writes rows for the template, the export and the public files, and reads rows back into
 * {@link NewProcurement}s with an error per cell that cannot be read. Import, export and public files share it,
 * so whatever Samspil writes it can read again.
 */
@Component
class PlanFileFormat {

    private static final Locale ENGLISH = Locale.ENGLISH;

    private final OrganisationService organisation;
    private final EntryPresenter presenter;
    private final MessageSource messages;
    private final Clock clock;
    private final Map<String, PlanColumn> columnsByHeader = new HashMap<>();
    private final Map<String, ContractType> contractTypes;
    private final Map<String, ProcurementProcedure> procedures;

    PlanFileFormat(OrganisationService organisation, EntryPresenter presenter, MessageSource messages, Clock clock) {
        this.organisation = organisation;
        this.presenter = presenter;
        this.messages = messages;
        this.clock = clock;
        for (PlanColumn column : PlanColumn.values()) {
            for (Locale locale : List.of(DanishFormats.DANISH, ENGLISH)) {
                columnsByHeader.put(normalize(messages.getMessage(column.messageKey(), null, locale)), column);
            }
        }
        this.contractTypes = labels(ContractType.values(), t -> "pipeline.contractType." + t.name());
        this.procedures = labels(ProcurementProcedure.values(), p -> "pipeline.procedure." + p.name());
    }

    List<String> header() {
        return Arrays.stream(PlanColumn.values()).map(this::header).toList();
    }

    String header(PlanColumn column) {
        return messages.getMessage(column.messageKey(), null, DanishFormats.DANISH);
    }

    /** The row of a stored entry: texts, amounts as {@link BigDecimal}, dates as {@link LocalDate}, empty as {@code null}. */
    List<Object> row(PlannedProcurement procurement) {
        return row(procurement.reference(), procurement.details());
    }

    List<Object> row(NewProcurement procurement) {
        return row(procurement.reference(), procurement.details());
    }

    /**
     * Values as people read them ({@link EntryPresenter}): the unit's name, labels, "3. kvartal 2027", Ja/Nej; the
     * import reads each of them back. CPV codes and lots stay in the import's notation.
     */
    private List<Object> row(String reference, ProcurementDetails d) {
        List<String> cpv = d.cpvCodes();
        EstimatedValue value = d.value();
        List<Object> row = new ArrayList<>();
        row.add(reference);
        row.add(d.title());
        row.add(blankToNull(d.description()));
        row.add(d.buyingUnitId() == null ? null : presenter.buyingUnit(d.buyingUnitId()));
        row.add(d.contactName());
        row.add(d.contactEmail());
        row.add(d.contactPhone());
        row.add(cpv.isEmpty() ? null : cpv.get(0));
        row.add(cpv.size() < 2 ? null : String.join(", ", cpv.subList(1, cpv.size())));
        row.add(d.nutsCode());
        row.add(d.contractType() == null ? null : presenter.contractType(d.contractType(), DanishFormats.DANISH));
        row.add(value.known() ? value.min() : null);
        row.add(value.known() ? value.max() : null);
        row.add(d.procedure() == null ? null : presenter.procedure(d.procedure(), DanishFormats.DANISH));
        row.add(
                d.expectedPublication() == null
                        ? null
                        : presenter.period(d.expectedPublication(), DanishFormats.DANISH));
        row.add(d.contractStart());
        row.add(d.durationMonths());
        row.add(d.optionsDescription());
        for (boolean flag : List.of(
                d.smeSuitable(),
                d.consortiaOpen(),
                d.innovationWanted(),
                d.marketDialoguePlanned(),
                d.sustainabilityClauses(),
                d.socialClauses())) {
            row.add(presenter.yesNo(flag, DanishFormats.DANISH));
        }
        row.add(d.lots().isEmpty() ? null : PlanLots.format(d.lots()));
        return row;
    }

    /** The template's example row: a roof renovation two quarters from now, with two lots. */
    NewProcurement example() {
        LocalDate today = LocalDate.now(clock);
        int quarter = (today.getMonthValue() - 1) / 3 + 1 + 2;
        ExpectedPeriod expected = ExpectedPeriod.ofQuarter(today.getYear() + (quarter - 1) / 4, (quarter - 1) % 4 + 1);
        Long unit = organisation.buyingUnits().stream()
                .findFirst()
                .map(BuyingUnit::id)
                .orElse(null);
        ProcurementDetails details = new ProcurementDetails(
                text("title"),
                text("description"),
                unit,
                text("contactName"),
                text("contactEmail"),
                text("contactPhone"),
                List.of("45261210", "45261410"),
                null,
                ContractType.WORKS,
                EstimatedValue.range(new BigDecimal("3000000"), new BigDecimal("4500000")),
                ProcurementProcedure.NATIONAL,
                expected,
                expected.to().plusMonths(3).withDayOfMonth(1),
                12,
                text("options"),
                true,
                true,
                false,
                true,
                true,
                false,
                List.of(
                        new Lot(1, text("lot1"), "45261210", new BigDecimal("2000000"), true),
                        new Lot(2, text("lot2"), "45261410", null, true)));
        return new NewProcurement(text("reference"), details);
    }

    private String text(String key) {
        return messages.getMessage("pipeline.import.example." + key, null, DanishFormats.DANISH);
    }

    /** Checks the header row and returns a reader for the data rows. */
    Reader reader(PlanSheet sheet) {
        List<String> header = sheet.header();
        if (header.stream().allMatch(h -> h == null || h.isBlank())) {
            throw new PlanFileRejected("pipeline.import.error.empty");
        }
        Map<PlanColumn, Integer> positions = new EnumMap<>(PlanColumn.class);
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String text = header.get(i) == null ? "" : header.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            PlanColumn column = columnsByHeader.get(normalize(text));
            if (column == null) {
                unknown.add(text);
            } else if (positions.putIfAbsent(column, i) != null) {
                duplicates.add(text);
            }
        }
        List<ImportError> errors = new ArrayList<>();
        List<String> missing = Arrays.stream(PlanColumn.values())
                .filter(c -> !positions.containsKey(c))
                .map(this::header)
                .toList();
        if (!missing.isEmpty()) {
            errors.add(ImportError.ofFile("pipeline.import.error.missingColumns", String.join(", ", missing)));
        }
        if (!unknown.isEmpty()) {
            errors.add(ImportError.ofFile("pipeline.import.error.unknownColumns", String.join(", ", unknown)));
        }
        if (!duplicates.isEmpty()) {
            errors.add(ImportError.ofFile("pipeline.import.error.duplicateColumns", String.join(", ", duplicates)));
        }
        if (!errors.isEmpty()) {
            throw new PlanFileRejected(errors);
        }
        if (sheet.rows().isEmpty()) {
            throw new PlanFileRejected("pipeline.import.error.noRows");
        }
        return new Reader(positions, header.size(), sheet.fromCsv());
    }

    /** One row read from the file: the entry as far as it could be read, and the cells that could not. */
    /**
     * @param foldedCells the cells (e.g. {@code B2}) of single-line columns whose line breaks were folded into spaces
     */
    record ParsedRow(
            int number,
            NewProcurement procurement,
            List<ImportError> errors,
            Set<PlanColumn> failedColumns,
            List<String> foldedCells) {

        ParsedRow {
            errors = List.copyOf(errors);
            failedColumns = Set.copyOf(failedColumns);
            foldedCells = List.copyOf(foldedCells);
        }
    }

    /** Columns whose text may span lines; every other column is single-line. */
    private static final Set<PlanColumn> MULTI_LINE =
            EnumSet.of(PlanColumn.DESCRIPTION, PlanColumn.ADDITIONAL_CPV, PlanColumn.OPTIONS, PlanColumn.LOTS);

    /** Reads the data rows of one file; remembers buying units it has looked up. */
    final class Reader {

        private final Map<PlanColumn, Integer> positions;
        private final int width;
        private final boolean csv;
        private final Map<String, Optional<BuyingUnit>> units = new HashMap<>();

        private Reader(Map<PlanColumn, Integer> positions, int width, boolean csv) {
            this.positions = positions;
            this.width = width;
            this.csv = csv;
        }

        ParsedRow parse(PlanSheet.Row row) {
            Cells cells = new Cells(row);
            if (csv && row.fieldCount() != width) {
                cells.errors.add(new ImportError(
                        row.number(),
                        null,
                        null,
                        "pipeline.import.error.columnCount",
                        List.of(row.fieldCount(), width)));
                return new ParsedRow(row.number(), null, cells.errors, EnumSet.allOf(PlanColumn.class), List.of());
            }
            for (int position : row.formulaCells()) {
                PlanColumn column = columnAt(position);
                String key = csv ? "pipeline.import.error.formulaText" : "pipeline.import.error.formula";
                cells.error(column, position, key, cellRef(position, row.number()));
            }
            for (int position = width; position < row.cells().size(); position++) {
                if (!row.cells().get(position).isBlank()) {
                    cells.error(
                            null, position, "pipeline.import.error.outsideColumns", cellRef(position, row.number()));
                }
            }
            String reference = cells.text(REFERENCE);
            String mainCpv = cells.text(MAIN_CPV);
            List<String> cpv = new ArrayList<>();
            if (mainCpv != null) {
                cpv.add(mainCpv);
            }
            String additional = cells.text(ADDITIONAL_CPV);
            if (additional != null) {
                if (mainCpv == null) {
                    cells.error(MAIN_CPV, "pipeline.import.error.mainCpvMissing");
                }
                cpv.addAll(PlanCells.codes(additional));
            }
            BigDecimal from = cells.read(VALUE_FROM, PlanCells::amount);
            BigDecimal to = cells.read(VALUE_TO, PlanCells::amount);
            EstimatedValue value = from == null && to == null
                    ? EstimatedValue.unknown()
                    : from == null || to == null || from.compareTo(to) == 0
                            ? EstimatedValue.exact(from == null ? to : from)
                            : EstimatedValue.range(from, to);
            ProcurementDetails details = new ProcurementDetails(
                    cells.text(TITLE),
                    Objects.requireNonNullElse(cells.text(DESCRIPTION), ""),
                    cells.read(BUYING_UNIT, this::unit),
                    cells.text(CONTACT_NAME),
                    cells.text(CONTACT_EMAIL),
                    cells.text(CONTACT_PHONE),
                    cpv,
                    cells.text(NUTS),
                    cells.read(
                            CONTRACT_TYPE,
                            text -> choice(
                                    contractTypes,
                                    text,
                                    "pipeline.import.error.contractType",
                                    ContractType.values(),
                                    type -> presenter.contractType(type, DanishFormats.DANISH))),
                    value,
                    cells.read(
                            PROCEDURE,
                            text -> choice(
                                    procedures,
                                    text,
                                    "pipeline.import.error.procedure",
                                    ProcurementProcedure.values(),
                                    p -> presenter.procedure(p, DanishFormats.DANISH))),
                    cells.read(EXPECTED_PUBLICATION, PlanCells::period),
                    cells.read(CONTRACT_START, PlanCells::date),
                    cells.read(DURATION_MONTHS, PlanCells::wholeNumber),
                    cells.text(OPTIONS),
                    cells.flag(SME_SUITABLE),
                    cells.flag(CONSORTIA_OPEN),
                    cells.flag(INNOVATION_WANTED),
                    cells.flag(MARKET_DIALOGUE_PLANNED),
                    cells.flag(SUSTAINABILITY_CLAUSES),
                    cells.flag(SOCIAL_CLAUSES),
                    Objects.requireNonNullElse(cells.read(LOTS, PlanLots::parse), List.of()));
            return new ParsedRow(
                    row.number(),
                    new NewProcurement(reference == null ? "" : reference, details),
                    cells.errors,
                    cells.failed,
                    cells.folded);
        }

        /** The service's verdict on a row, placed in the column it concerns. */
        ImportError error(ParsedRow row, Violation violation) {
            PlanColumn column = columnOf(violation, row.procurement().details());
            Integer position = column == null ? null : positions.get(column);
            return new ImportError(
                    row.number(),
                    column,
                    position == null ? null : cellRef(position, row.number()),
                    violation.messageKey(),
                    violation.arguments());
        }

        ImportError error(ParsedRow row, PlanColumn column, String messageKey, Object... arguments) {
            return new ImportError(
                    row.number(), column, cellRef(positions.get(column), row.number()), messageKey, List.of(arguments));
        }

        private PlanColumn columnAt(int position) {
            return positions.entrySet().stream()
                    .filter(e -> e.getValue() == position)
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(null);
        }

        private Long unit(String text) throws PlanCells.Problem {
            Optional<BuyingUnit> unit = units.computeIfAbsent(normalize(text), t -> organisation.buyingUnit(text));
            if (unit.isEmpty() || !unit.get().active()) {
                throw new PlanCells.Problem("pipeline.import.error.buyingUnit", text.strip());
            }
            return unit.get().id();
        }

        /** The text, read value and errors of one row's cells. */
        private final class Cells {
            private final PlanSheet.Row row;
            private final List<ImportError> errors = new ArrayList<>();
            private final Set<PlanColumn> failed = EnumSet.noneOf(PlanColumn.class);
            private final List<String> folded = new ArrayList<>();

            Cells(PlanSheet.Row row) {
                this.row = row;
            }

            /**
             * The cell's text. Single-line columns (all but description, additional CPV codes, options and lots)
             * get the platform's rule for imports: a line break (Alt+Enter in Excel) is folded into a space, and
             * the preview says so; control characters go in every column.
             */
            String text(PlanColumn column) {
                if (failed.contains(column)) {
                    return null;
                }
                Integer position = positions.get(column);
                String raw = row.cell(position);
                String text;
                if (MULTI_LINE.contains(column)) {
                    text = TextInput.removeControlCharacters(raw).strip();
                } else {
                    text = TextInput.foldLines(raw);
                    if (!TextInput.isSingleLine(raw.strip())) {
                        String cell = cellRef(position, row.number());
                        if (!folded.contains(cell)) {
                            folded.add(cell);
                        }
                    }
                }
                return text.isEmpty() ? null : text;
            }

            <T> T read(PlanColumn column, CellParser<T> parser) {
                String text = text(column);
                if (text == null) {
                    return null;
                }
                try {
                    return parser.parse(text);
                } catch (PlanCells.Problem problem) {
                    error(column, problem.messageKey(), problem.arguments().toArray());
                    return null;
                }
            }

            boolean flag(PlanColumn column) {
                Boolean value = read(column, PlanCells::flag);
                return Boolean.TRUE.equals(value);
            }

            void error(PlanColumn column, String key, Object... arguments) {
                error(column, positions.get(column), key, arguments);
            }

            void error(PlanColumn column, int position, String key, Object... arguments) {
                errors.add(new ImportError(
                        row.number(), column, cellRef(position, row.number()), key, List.of(arguments)));
                if (column != null) {
                    failed.add(column);
                }
            }
        }
    }

    @FunctionalInterface
    private interface CellParser<T> {
        T parse(String text) throws PlanCells.Problem;
    }

    private static PlanColumn columnOf(Violation violation, ProcurementDetails details) {
        String field = violation.field();
        if (field.startsWith("lots")) {
            return LOTS;
        }
        return switch (field) {
            case "reference" -> REFERENCE;
            case "title" -> TITLE;
            case "description" -> DESCRIPTION;
            case "buyingUnit" -> BUYING_UNIT;
            case "contactName" -> CONTACT_NAME;
            case "contactEmail" -> CONTACT_EMAIL;
            case "contactPhone" -> CONTACT_PHONE;
            case "cpvCodes" ->
                violation.messageKey().endsWith(".duplicate")
                                || !violation.arguments().isEmpty()
                                        && !Objects.equals(
                                                String.valueOf(
                                                        violation.arguments().get(0)),
                                                normalizedCpv(details.mainCpv()))
                        ? ADDITIONAL_CPV
                        : MAIN_CPV;
            case "nutsCode" -> NUTS;
            case "contractType" -> CONTRACT_TYPE;
            case "value" -> VALUE_FROM;
            case "procedure" -> PROCEDURE;
            case "expectedPublication" -> EXPECTED_PUBLICATION;
            case "contractStart" -> CONTRACT_START;
            case "durationMonths" -> DURATION_MONTHS;
            case "optionsDescription" -> OPTIONS;
            default -> null;
        };
    }

    private <E extends Enum<E>> E choice(
            Map<String, E> choices, String text, String errorKey, E[] values, Function<E, String> label)
            throws PlanCells.Problem {
        E value = choices.get(normalize(text));
        if (value == null) {
            throw new PlanCells.Problem(
                    errorKey,
                    text.strip(),
                    String.join(", ", Arrays.stream(values).map(label).toList()));
        }
        return value;
    }

    private <E extends Enum<E>> Map<String, E> labels(E[] values, Function<E, String> key) {
        Map<String, E> map = new HashMap<>();
        for (E value : values) {
            map.put(normalize(value.name()), value);
            for (Locale locale : List.of(DanishFormats.DANISH, ENGLISH)) {
                map.put(normalize(messages.getMessage(key.apply(value), null, locale)), value);
            }
        }
        return Map.copyOf(map);
    }

    static String cellRef(Integer position, int row) {
        return position == null ? null : CellReference.convertNumToColString(position) + row;
    }

    private static String normalize(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String normalizedCpv(String code) {
        return code == null ? null : CpvCode.tryParse(code).map(CpvCode::value).orElse(code.strip());
    }
}
