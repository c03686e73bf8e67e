package dk.samspil.pipeline.internal.importing;

/** Tells CSV from XLSX by the file's content, not its name, and refuses everything else. */
final class PlanFileReader {

    private static final int SNIFF_BYTES = 8192;

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
        if (binary(content)) {
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

    /** Text files (CSV) have no NUL bytes and few control characters; PDFs, images and archives do. */
    private static boolean binary(byte[] content) {
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46)) {
            return true;
        }
        int limit = Math.min(content.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < limit; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x0C) {
                control++;
            }
        }
        return control > limit / 100;
    }
}
