package dk.samspil.pipeline.internal.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.platform.Spreadsheets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A 4 KB workbook whose numeric cell is {@code 1E999999999} used to make the reader build a gigabyte string
 * ({@code BigDecimal.toPlainString}) and die of an OutOfMemoryError. The shared number parser refuses it, so the cell
 * is read as its text and the row's own rules say it is not an amount.
 */
class XlsxHugeNumberTest {

    @Test
    void aNumericCellWithAHugeExponentIsReadAsTextNotExpanded() throws IOException {
        byte[] workbook = Spreadsheets.xlsx(
                "Plan", List.of("Værdi", "Andet"), List.of(List.of(new java.math.BigDecimal("1234567"), "x")));
        byte[] hostile = replaceInSheet(workbook, "<v>1234567.0</v>", "<v>1E999999999</v>");

        PlanSheet sheet = XlsxPlanReader.read(hostile, 10);

        assertThat(sheet.rows())
                .singleElement()
                .satisfies(row -> assertThat(row.cell(0)).isEqualTo("1E999999999"));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> PlanCells.amount(sheet.rows().get(0).cell(0))))
                .isInstanceOf(PlanCells.Problem.class);
    }

    /** Reads the central directory (what Excel and POI do), not the local headers that streamed writers leave empty. */
    private static byte[] replaceInSheet(byte[] xlsx, String from, String to) throws IOException {
        Path file = Files.createTempFile("plan", ".xlsx");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean replaced = false;
        try {
            Files.write(file, xlsx);
            try (ZipFile in = new ZipFile(file.toFile());
                    ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry entry : Collections.list(in.entries())) {
                    byte[] content;
                    try (InputStream stream = in.getInputStream(entry)) {
                        content = stream.readAllBytes();
                    }
                    if (entry.getName().startsWith("xl/worksheets/")) {
                        String xml = new String(content, StandardCharsets.UTF_8);
                        replaced |= xml.contains(from);
                        content = xml.replace(from, to).getBytes(StandardCharsets.UTF_8);
                    }
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    zip.write(content);
                    zip.closeEntry();
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
        assertThat(replaced).as("the numeric cell was found in the sheet").isTrue();
        return out.toByteArray();
    }
}
