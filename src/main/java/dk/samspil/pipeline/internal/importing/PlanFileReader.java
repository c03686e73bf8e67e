package dk.samspil.pipeline.internal.importing;

import dk.samspil.platform.CsvUploads;

/** Tells CSV from XLSX by the file's content, not its name, and refuses everything else. */
final class PlanFileReader {

    private PlanFileReader() {}

    static PlanSheet read(byte[] content, int maxRows) {
        if (content.length == 0) {
            throw new PlanFileRejected("pipeline.import.error.empty");
        }
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            return XlsxPlanReader.read(content, maxRows);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new PlanFileRejected("pipeline.import.error.xls");
        }
        if (!CsvUploads.looksLikeText(content)) {
            throw new PlanFileRejected("pipeline.import.error.fileType");
        }
        return CsvPlanReader.read(content, maxRows);
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
