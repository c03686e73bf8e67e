package dk.samspil.pipeline.internal.importing;

import dk.samspil.pipeline.Lot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The lots cell: lots separated by {@code ;} or line breaks, each {@code number|title|CPV|value|SME}, e.g.
 * {@code 1|Tag på Nordskolen|45261210|2000000|ja; 2|Tag på Vestskolen}. Only number and title are needed; an empty
 * number means the lot's position. A {@code \} makes the next character literal, so titles may contain {@code ;}
 * or {@code |}.
 */
final class PlanLots {

    private PlanLots() {}

    static List<Lot> parse(String text) throws PlanCells.Problem {
        List<Lot> lots = new ArrayList<>();
        for (List<String> fields : split(text)) {
            int position = lots.size() + 1;
            if (fields.size() > 5) {
                throw new PlanCells.Problem("pipeline.import.error.lotFields", position);
            }
            String number = field(fields, 0);
            String title = field(fields, 1);
            String cpv = field(fields, 2);
            String value = field(fields, 3);
            int lotNumber;
            try {
                lotNumber = number.isEmpty() ? position : Integer.parseInt(number);
            } catch (NumberFormatException e) {
                throw new PlanCells.Problem("pipeline.import.error.lotNumber", position, number);
            }
            BigDecimal amount;
            boolean sme;
            try {
                amount = value.isEmpty() ? null : PlanCells.amount(value);
                sme = PlanCells.flag(field(fields, 4));
            } catch (PlanCells.Problem e) {
                throw new PlanCells.Problem(
                        "pipeline.import.error.lotValue",
                        position,
                        e.arguments().get(0));
            }
            lots.add(new Lot(lotNumber, title.isEmpty() ? null : title, cpv.isEmpty() ? null : cpv, amount, sme));
        }
        return lots;
    }

    static String format(List<Lot> lots) {
        List<String> parts = new ArrayList<>();
        for (Lot lot : lots) {
            parts.add(lot.number() + "|" + escape(lot.title()) + "|" + (lot.cpvCode() == null ? "" : lot.cpvCode())
                    + "|" + (lot.valueDkk() == null ? "" : lot.valueDkk().toPlainString())
                    + "|" + (lot.smeSuitable() ? PlanCells.YES : PlanCells.NO));
        }
        return String.join("; ", parts);
    }

    private static String field(List<String> fields, int index) {
        return index < fields.size() ? fields.get(index).strip() : "";
    }

    private static String escape(String text) {
        return text == null
                ? ""
                : text.replace("\\", "\\\\")
                        .replace("|", "\\|")
                        .replace(";", "\\;")
                        .replace("\n", " ")
                        .replace("\r", "");
    }

    private static List<List<String>> split(String text) {
        List<List<String>> lots = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                field.append(text.charAt(++i));
            } else if (c == '|') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == ';' || c == '\n' || c == '\r') {
                fields.add(field.toString());
                field.setLength(0);
                addLot(lots, fields);
                fields = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        addLot(lots, fields);
        return lots;
    }

    private static void addLot(List<List<String>> lots, List<String> fields) {
        if (fields.stream().anyMatch(f -> !f.isBlank())) {
            lots.add(fields);
        }
    }
}
