package dk.samspil.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Uploads are recognised by their content and their name must fit it; a broken or bombed archive is nothing. */
class UploadedFilesTest {

    private static byte[] zip(String... names) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    @Test
    void officeFilesByTheirContent() throws Exception {
        assertThat(UploadedFiles.detect(zip("[Content_Types].xml", "xl/workbook.xml"), "budget.xlsx"))
                .contains(UploadedFiles.Kind.XLSX);
        assertThat(UploadedFiles.detect(zip("[Content_Types].xml", "ppt/presentation.xml"), "slides.pptx"))
                .contains(UploadedFiles.Kind.PPTX);
        assertThat(UploadedFiles.detect(zip("[Content_Types].xml", "xl/workbook.xml"), "budget.docx"))
                .isEmpty();
        assertThat(UploadedFiles.detect(zip("word/document.xml"), "uden-typer.docx"))
                .isEmpty();
        assertThat(UploadedFiles.detect(zip("mappe/fil.txt"), "arkiv.docx")).isEmpty();
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThat(UploadedFiles.detect(ole, "gammel.doc")).contains(UploadedFiles.Kind.OFFICE_LEGACY);
        byte[] truncated = java.util.Arrays.copyOf(zip("[Content_Types].xml", "word/document.xml"), 30);
        assertThat(UploadedFiles.detect(truncated, "halv.docx")).isEmpty();
    }

    @Test
    void imagesAndPdfByTheirFirstBytes() {
        assertThat(UploadedFiles.detect("GIF89a...".getBytes(StandardCharsets.US_ASCII), "anim.gif"))
                .contains(UploadedFiles.Kind.GIF);
        assertThat(UploadedFiles.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}, "foto.JPEG"))
                .contains(UploadedFiles.Kind.JPEG);
        assertThat(UploadedFiles.detect("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), "uden-endelse"))
                .isEmpty();
        assertThat(UploadedFiles.detect(new byte[0], "tom.pdf")).isEmpty();
        assertThat(UploadedFiles.detect("RIFF\u0024\u0000\u0000\u0000WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)))
                .contains(UploadedFiles.Kind.WEBP);
        assertThat(UploadedFiles.detect("RIFF\u0024\u0000\u0000\u0000WAVEfmt ".getBytes(StandardCharsets.US_ASCII)))
                .as("another RIFF file, a sound")
                .isEmpty();
        assertThat(UploadedFiles.Kind.DOCX.servedAs()).isEqualTo("application/octet-stream");
    }
}
