package dk.samspil.pipeline.internal.importing;

import dk.samspil.platform.CsvUploads;
import java.util.List;

/**
 * Reads a plan saved as CSV with the platform's {@link CsvUploads} (UTF-8 with or without a byte order mark, {@code ;},
 * {@code ,} or tab as separator, formula-looking cells marked so the import can refuse them) and says in the plan
 * import's words why a file cannot be read.
 */
final class CsvPlanReader {

    private CsvPlanReader() {}

    static PlanSheet read(byte[] content, int maxRows) {
        CsvUploads.Table table;
        try {
            table = CsvUploads.read(content, maxRows);
        } catch (CsvUploads.Refused refused) {
            throw switch (refused.problem()) {
                case EMPTY -> new PlanFileRejected("pipeline.import.error.empty");
                case NOT_TEXT -> new PlanFileRejected("pipeline.import.error.fileType");
                case ENCODING -> new PlanFileRejected("pipeline.import.error.encoding", refused.line());
                case SYNTAX -> new PlanFileRejected("pipeline.import.error.csvSyntax");
                case TOO_MANY_ROWS -> new PlanFileRejected("pipeline.import.error.tooManyRows", maxRows);
            };
        }
        List<PlanSheet.Row> rows = table.rows().stream()
                .map(row -> new PlanSheet.Row(row.number(), row.cells(), row.formulaCells(), row.fieldCount()))
                .toList();
        return new PlanSheet(table.header(), rows, true);
    }
}
