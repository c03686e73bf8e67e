package dk.samspil.pipeline.internal.importing;

import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.NewProcurement;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.platform.KeptUploads;
import dk.samspil.platform.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a plan in two steps. The upload is read and, if it is a readable plan at all, kept on the server; the
 * preview and the confirmation both read and check the kept file again, so nothing the browser sends back decides
 * what is stored. Confirming stores all rows as drafts or none of them, or, if the officer asks, only the valid rows.
 */
@Service
class PlanImport {

    /** What the plan import's kept uploads are kept for. */
    static final String PURPOSE = "pipeline.plan";

    /**
     * One data row as the preview shows it.
     *
     * @param foldedCells cells whose line breaks became spaces (titles, names: single-line by the platform's rule)
     */
    public record PreviewRow(
            int row,
            String reference,
            String title,
            ExpectedPeriod expected,
            List<ImportError> errors,
            List<String> foldedCells) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public record Preview(UUID id, String fileName, List<PreviewRow> rows) {

        public List<ImportError> errors() {
            return rows.stream().flatMap(r -> r.errors().stream()).toList();
        }

        public long validRows() {
            return rows.stream().filter(PreviewRow::valid).count();
        }

        public long invalidRows() {
            return rows.size() - validRows();
        }
    }

    private record Checked(List<PreviewRow> rows, List<NewProcurement> valid) {}

    /** No batch with this id for this user, or it has expired. */
    static class BatchNotFound extends RuntimeException {
        BatchNotFound() {
            super("No such import batch for this user");
        }
    }

    /** The officer asked for all rows, but some have errors. */
    static class RowsHaveErrors extends RuntimeException {
        RowsHaveErrors() {
            super("Import refused: rows with errors");
        }
    }

    /** Only-the-valid-rows was chosen, but no row is valid. */
    static class NoValidRows extends RuntimeException {
        NoValidRows() {
            super("Import refused: no valid rows");
        }
    }

    private final PlanFileFormat format;
    private final ProcurementService procurements;
    private final KeptUploads uploads;
    private final ImportProperties properties;

    PlanImport(
            PlanFileFormat format, ProcurementService procurements, KeptUploads uploads, ImportProperties properties) {
        this.format = format;
        this.procurements = procurements;
        this.uploads = uploads;
        this.properties = properties;
    }

    long maxBytes() {
        return properties.maxBytes().toBytes();
    }

    int maxRows() {
        return properties.maxRows();
    }

    /** Refuses a file over the size limit before anything reads it. */
    void checkSize(long size) {
        if (size > maxBytes()) {
            throw new PlanFileRejected(
                    "pipeline.import.error.tooLarge", properties.maxBytes().toMegabytes());
        }
    }

    /**
     * Keeps a readable plan for its preview; a file that is not one (type, encoding, size, header) is refused with
     * {@link PlanFileRejected} and not kept. Rows with errors are kept: the preview shows them.
     */
    @Transactional
    public UUID upload(String username, String fileName, byte[] content) {
        checkSize(content.length);
        check(content);
        return uploads.keep(PURPOSE, username, fileName, content, properties.previewLifetime());
    }

    @Transactional(readOnly = true)
    public Preview preview(UUID id, String username) {
        KeptUploads.Upload batch = uploads.find(PURPOSE, id, username).orElseThrow(BatchNotFound::new);
        return new Preview(batch.id(), batch.fileName(), check(batch.content()).rows());
    }

    /**
     * Stores the kept file's rows as drafts in one transaction and forgets the file.
     *
     * @param validOnly store the valid rows and skip the others; otherwise any error refuses the whole file
     */
    @Transactional
    public List<PlannedProcurement> confirm(UUID id, String username, boolean validOnly) {
        KeptUploads.Upload batch = uploads.find(PURPOSE, id, username).orElseThrow(BatchNotFound::new);
        Checked checked = check(batch.content());
        if (!validOnly && checked.valid().size() < checked.rows().size()) {
            throw new RowsHaveErrors();
        }
        if (checked.valid().isEmpty()) {
            throw new NoValidRows();
        }
        List<PlannedProcurement> created = procurements.createDrafts(checked.valid());
        uploads.forget(batch.id());
        return created;
    }

    private Checked check(byte[] content) {
        PlanSheet sheet = PlanFileReader.read(content, properties.maxRows());
        PlanFileFormat.Reader reader = format.reader(sheet);
        Map<String, Integer> seen = new HashMap<>();
        List<PreviewRow> rows = new ArrayList<>();
        List<NewProcurement> valid = new ArrayList<>();
        for (PlanSheet.Row row : sheet.rows()) {
            PlanFileFormat.ParsedRow parsed = reader.parse(row);
            List<ImportError> errors = new ArrayList<>(parsed.errors());
            NewProcurement procurement = parsed.procurement();
            if (procurement == null) {
                rows.add(new PreviewRow(row.number(), null, null, null, errors, List.of()));
                continue;
            }
            String reference = procurement.reference().strip();
            Integer earlier =
                    reference.isEmpty() ? null : seen.putIfAbsent(reference.toUpperCase(Locale.ROOT), row.number());
            if (earlier != null) {
                errors.add(reader.error(
                        parsed, PlanColumn.REFERENCE, "pipeline.import.error.duplicateReference", reference, earlier));
            }
            for (Violation violation : procurements.validateNew(reference, procurement.details())) {
                ImportError error = reader.error(parsed, violation);
                if (error.column() == null || !parsed.failedColumns().contains(error.column())) {
                    errors.add(error);
                }
            }
            rows.add(new PreviewRow(
                    row.number(),
                    reference,
                    procurement.details().title(),
                    procurement.details().expectedPublication(),
                    errors,
                    parsed.foldedCells()));
            if (errors.isEmpty()) {
                valid.add(procurement);
            }
        }
        return new Checked(rows, valid);
    }
}
