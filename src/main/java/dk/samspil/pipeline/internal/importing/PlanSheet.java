package dk.samspil.pipeline.internal.importing;

import java.util.List;
import java.util.Set;

/**
 * The raw content of an uploaded plan: the header cells and the non-empty data rows as text.
 *
 * @param fromCsv whether formula-looking cells were found by their text (CSV) rather than as real formulas (XLSX)
 */
record PlanSheet(List<String> header, List<Row> rows, boolean fromCsv) {

    /**
     * @param number        spreadsheet row number (the header is row 1)
     * @param cells         cell texts by position; empty cells are empty strings
     * @param formulaCells  positions of cells that hold a formula (XLSX) or text that looks like one (CSV)
     * @param fieldCount    how many fields a CSV line had (Excel leaves out empty trailing cells, so not for XLSX)
     */
    record Row(int number, List<String> cells, Set<Integer> formulaCells, int fieldCount) {

        String cell(int position) {
            return position < cells.size() ? cells.get(position) : "";
        }
    }
}
