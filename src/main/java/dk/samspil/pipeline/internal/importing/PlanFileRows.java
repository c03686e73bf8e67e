package dk.samspil.pipeline.internal.importing;

import dk.samspil.pipeline.NewProcurement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Reads a plan file in the import layout for code that trusts its file, such as the demo data. */
@Component
public class PlanFileRows {

    private final PlanFileFormat format;

    PlanFileRows(PlanFileFormat format) {
        this.format = format;
    }

    /**
     * @throws IllegalArgumentException naming every cell that cannot be read; the rules of
     *                                  {@link dk.samspil.pipeline.ProcurementService} are checked when storing
     */
    public List<NewProcurement> read(byte[] content, int maxRows) {
        PlanSheet sheet = PlanFileReader.read(content, maxRows);
        PlanFileFormat.Reader reader = format.reader(sheet);
        List<NewProcurement> procurements = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (PlanSheet.Row row : sheet.rows()) {
            PlanFileFormat.ParsedRow parsed = reader.parse(row);
            parsed.errors()
                    .forEach(e -> problems.add(
                            "row " + e.row() + " " + e.cell() + ": " + e.messageKey() + " " + e.arguments()));
            if (parsed.errors().isEmpty()) {
                procurements.add(parsed.procurement());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Plan file has errors: " + problems);
        }
        return procurements;
    }
}
