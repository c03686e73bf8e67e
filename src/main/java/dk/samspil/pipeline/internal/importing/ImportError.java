package dk.samspil.pipeline.internal.importing;

import java.util.List;

/**
 * One problem in an uploaded plan, shown in the preview as row, column and message.
 *
 * @param row    the spreadsheet row number (the header is row 1), or 0 for the file as a whole
 * @param column the template column, or {@code null} for the row or the file as a whole
 * @param cell   the cell address as the spreadsheet shows it (e.g. {@code D5}), or {@code null}
 */
public record ImportError(int row, PlanColumn column, String cell, String messageKey, List<Object> arguments) {

    public ImportError {
        arguments = List.copyOf(arguments);
    }

    static ImportError ofFile(String messageKey, Object... arguments) {
        return new ImportError(0, null, null, messageKey, List.of(arguments));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
