package dk.samspil.pipeline.internal.importing;

import dk.samspil.platform.Numbers;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an XLSX workbook as a stream of SAX events, so a sheet with too many rows is refused
 * at the first row over the limit instead of after loading everything. The workbook is opened from a temporary
 * file: POI then inflates parts lazily and its {@code ZipSecureFile} limits (inflation ratio, entry size) stop zip
 * bombs; the XML read from the sheet and the shared strings is capped as well.
 */
final class XlsxPlanReader {

    private static final long MAX_XML_BYTES = 200L * 1024 * 1024;

    private XlsxPlanReader() {}

    static PlanSheet read(byte[] content, int maxRows) {
        Path file = null;
        try {
            file = Files.createTempFile("samspil-import-", ".xlsx");
            Files.write(file, content);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                ReadOnlySharedStringsTable strings;
                try (InputStream data = capped(reader.getSharedStringsData())) {
                    strings = new ReadOnlySharedStringsTable(data, false);
                } catch (InvalidFormatException | IllegalArgumentException noSharedStrings) {
                    strings = null;
                }
                StylesTable styles = reader.getStylesTable();
                XSSFReader.SheetIterator sheets = reader.getSheetIterator();
                if (!sheets.hasNext()) {
                    throw new PlanFileRejected("pipeline.import.error.empty");
                }
                try (InputStream sheet = capped(sheets.next())) {
                    SheetHandler handler = new SheetHandler(strings, styles, maxRows);
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(handler);
                    xml.parse(new InputSource(sheet));
                    return handler.sheet();
                }
            }
        } catch (PlanFileRejected e) {
            throw e;
        } catch (TooManyRows e) {
            throw new PlanFileRejected("pipeline.import.error.tooManyRows", maxRows);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            // Damaged workbooks, zip bombs and parts over POI's limits all surface here as one of these.
            throw new PlanFileRejected("pipeline.import.error.xlsxDamaged");
        } finally {
            if (file != null) {
                delete(file);
            }
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream capped(InputStream in) {
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) throws IOException {
                read += n;
                if (read > MAX_XML_BYTES) {
                    throw new IOException("Workbook part larger than " + MAX_XML_BYTES + " bytes");
                }
            }
        };
    }

    private static final class TooManyRows extends SAXException {}

    /** Collects the text of each cell; dates become ISO dates, numbers plain decimals, formulas are marked. */
    private static final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final int maxRows;
        private final StringBuilder text = new StringBuilder();
        private List<String> header;
        private final List<PlanSheet.Row> rows = new ArrayList<>();

        private int rowNumber;
        private List<String> cells;
        private Set<Integer> formulas;
        private int column;
        private String type;
        private String style;
        private boolean formula;
        private boolean collecting;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, int maxRows) {
            this.strings = strings;
            this.styles = styles;
            this.maxRows = maxRows;
        }

        PlanSheet sheet() {
            return new PlanSheet(header == null ? List.of() : header, rows, false);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                    formulas = new HashSet<>();
                    column = -1;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? column + 1 : new CellReference(ref).getCol();
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    formula = false;
                    text.setLength(0);
                }
                case "f" -> formula = true;
                case "v", "t" -> collecting = true;
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v", "t" -> collecting = false;
                case "c" -> {
                    while (cells.size() <= column) {
                        cells.add("");
                    }
                    if (formula) {
                        formulas.add(column);
                    } else {
                        cells.set(column, value());
                    }
                }
                case "row" -> endRow();
                default -> {}
            }
        }

        private void endRow() throws SAXException {
            if (header == null) {
                header = cells;
                return;
            }
            if (formulas.isEmpty() && cells.stream().allMatch(String::isBlank)) {
                return;
            }
            if (rows.size() == maxRows) {
                throw new TooManyRows();
            }
            rows.add(new PlanSheet.Row(rowNumber, cells, formulas, cells.size()));
        }

        private String value() {
            String raw = text.toString();
            if (type == null || type.equals("n")) {
                return number(raw);
            }
            return switch (type) {
                case "s" ->
                    strings == null || raw.isBlank()
                            ? ""
                            : strings.getItemAt(Integer.parseInt(raw.trim())).getString();
                case "b" -> "1".equals(raw.trim()) ? "true" : "false";
                case "e" -> "";
                default -> raw;
            };
        }

        private String number(String raw) {
            if (raw.isBlank()) {
                return "";
            }
            double value;
            try {
                value = Double.parseDouble(raw.trim());
            } catch (NumberFormatException e) {
                return raw.strip();
            }
            if (style != null && styles != null) {
                XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
                if (cellStyle != null
                        && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())
                        && DateUtil.isValidExcelDate(value)) {
                    LocalDateTime dateTime = DateUtil.getLocalDateTime(value);
                    return dateTime.toLocalDate().toString();
                }
            }
            // Numbers bounds the value before any plain text is built: 1E999999999 would be a gigabyte string
            return Numbers.decimal(raw)
                    .map(n -> n.stripTrailingZeros().toPlainString())
                    .orElse(raw.strip());
        }
    }
}
