package dk.samspil.agreement.internal;

import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.FileDownloads;
import dk.samspil.platform.Spreadsheets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A period's budget as a spreadsheet (CSV or XLSX) for everyone who reads the agreement: the base amount and the
 * allocations, the planned amounts by focus area and quarter, every expense, and the totals with what is left. The
 * same figures as the period's page, in kroner.
 */
@Controller
class BudgetDownloadController {

    private final AgreementService agreements;
    private final AgreementPages pages;
    private final MessageSource messages;
    private final DanishFormats formats;

    BudgetDownloadController(
            AgreementService agreements, AgreementPages pages, MessageSource messages, DanishFormats formats) {
        this.agreements = agreements;
        this.pages = pages;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping(AgreementPages.HOME + "/perioder/{id}/budget.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id, Locale locale) {
        AgreementService.Period period = pages.period(id);
        return FileDownloads.attachment(fileName(period, "csv"), Spreadsheets.CSV)
                .body(Spreadsheets.csv(header(locale), rows(period, locale)));
    }

    @GetMapping(AgreementPages.HOME + "/perioder/{id}/budget.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, Locale locale) {
        AgreementService.Period period = pages.period(id);
        return FileDownloads.attachment(fileName(period, "xlsx"), Spreadsheets.XLSX)
                .body(Spreadsheets.xlsx(text("agreement.budget.sheet", locale), header(locale), rows(period, locale)));
    }

    private static String fileName(AgreementService.Period period, String extension) {
        return "aftale-" + period.id() + "-budget-" + period.startsOn().getYear() + "-"
                + period.endsOn().getYear() + "." + extension;
    }

    private List<String> header(Locale locale) {
        return List.of(
                text("agreement.budget.column.kind", locale),
                text("agreement.budget.column.area", locale),
                text("agreement.budget.column.quarter", locale),
                text("agreement.line.field.date", locale),
                text("agreement.line.field.description", locale),
                text("agreement.budget.column.amount", locale));
    }

    /** The rows in the order of the period's page: what the budget is, how it is planned and spent, and the totals. */
    private List<List<Object>> rows(AgreementService.Period period, Locale locale) {
        AgreementService.Budget budget = agreements.budget(period);
        List<List<Object>> rows = new ArrayList<>();
        String grant = text("agreement.budget.kind.grant", locale);
        rows.add(row(grant, "", "", "", text("agreement.budget.base", locale, period.years()), budget.base()));
        for (AgreementService.Allocation a : budget.allocations()) {
            rows.add(row(
                    grant,
                    "",
                    "",
                    "",
                    text("agreement.allocation.kind." + a.kind(), locale) + ": " + a.purpose(),
                    budget.allocationTotal(a)));
        }
        String planned = text("agreement.line.kind.PLANNED", locale);
        for (AgreementService.AreaBudget area : budget.areas()) {
            for (Quarters q : budget.quarters()) {
                BigDecimal amount = area.plannedIn(q);
                if (amount.signum() != 0) {
                    rows.add(row(planned, area.name(), formats.quarter(q.year(), q.quarter(), locale), "", "", amount));
                }
            }
        }
        String expense = text("agreement.line.kind.EXPENSE", locale);
        for (AgreementService.Line line : budget.expenses()) {
            rows.add(row(
                    expense,
                    line.focusArea(),
                    formats.quarter(line.year(), line.quarter(), locale),
                    line.spentOn(),
                    line.description(),
                    line.amount()));
        }
        String sum = text("agreement.budget.kind.sum", locale);
        rows.add(row(sum, "", "", "", text("agreement.budget.total", locale), budget.total()));
        rows.add(row(sum, "", "", "", text("agreement.budget.planned", locale), budget.planned()));
        rows.add(row(sum, "", "", "", text("agreement.budget.spent", locale), budget.spent()));
        rows.add(row(sum, "", "", "", text("agreement.budget.remaining", locale), budget.remaining()));
        return rows;
    }

    private static List<Object> row(Object... cells) {
        List<Object> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell == null ? "" : cell);
        }
        return row;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
