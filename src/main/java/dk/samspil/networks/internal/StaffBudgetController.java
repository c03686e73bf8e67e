package dk.samspil.networks.internal;

import dk.samspil.platform.FileDownloads;
import dk.samspil.platform.FormErrors;
import dk.samspil.platform.Spreadsheets;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's budget for a year: expenses and hours by category, what is left, the yearly report. */
@Controller
class StaffBudgetController {

    private final BudgetService budgets;
    private final NetworkService networks;
    private final NetworkPages pages;
    private final MessageSource messages;

    StaffBudgetController(BudgetService budgets, NetworkService networks, NetworkPages pages, MessageSource messages) {
        this.budgets = budgets;
        this.networks = networks;
        this.pages = pages;
        this.messages = messages;
    }

    private int year(@Nullable Integer year) {
        return year == null || year < 2000 || year > 2100 ? networks.today().getYear() : year;
    }

    @GetMapping(NetworkPages.HOME + "/{id}/budget")
    String budget(
            @PathVariable long id,
            @RequestParam(name = "aar", required = false) @Nullable Integer aar,
            Model model,
            Locale locale) {
        int year = year(aar);
        model.addAttribute("network", pages.network(id));
        model.addAttribute("report", budgets.year(id, year));
        if (!model.containsAttribute("expenseForm")) {
            model.addAttribute("expenseForm", ExpenseForm.empty(networks.today()));
        }
        pages.choices(model, locale);
        return "networks/budget";
    }

    @PostMapping(NetworkPages.HOME + "/{id}/budget")
    String setBudget(
            @PathVariable long id,
            @RequestParam(name = "aar", required = false) @Nullable Integer aar,
            @RequestParam(required = false) @Nullable String amount,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        pages.network(id);
        int year = year(aar);
        BigDecimal value = dk.samspil.platform.Numbers.amount(amount).orElse(null);
        if (value == null || value.signum() < 0 || value.compareTo(Amounts.MAX_AMOUNT) > 0 || value.scale() > 2) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("error", "networks.budget.range");
            return budget(id, year, model, locale);
        }
        budgets.setBudget(id, year, value);
        redirect.addFlashAttribute("success", "networks.budget.saved");
        return "redirect:" + NetworkPages.path(id) + "/budget?aar=" + year;
    }

    @PostMapping(NetworkPages.HOME + "/{id}/budget/udgifter")
    String addExpense(
            @PathVariable long id,
            @Valid @ModelAttribute ExpenseForm expenseForm,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        pages.network(id);
        return FormErrors.submit(
                result,
                response,
                () -> {
                    BudgetService.Recorded recorded = budgets.record(id, expenseForm);
                    redirect.addFlashAttribute("success", "networks.expense.saved");
                    if (recorded.overBudget()) {
                        redirect.addFlashAttribute("warning", "networks.expense.overBudget");
                    }
                    return "redirect:" + NetworkPages.path(id) + "/budget?aar="
                            + expenseForm.spentOn().getYear();
                },
                () -> budget(
                        id,
                        expenseForm.spentOn() == null
                                ? null
                                : expenseForm.spentOn().getYear(),
                        model,
                        locale));
    }

    @GetMapping(NetworkPages.HOME + "/{id}/budget.csv")
    ResponseEntity<byte[]> csv(
            @PathVariable long id, @RequestParam(name = "aar", required = false) @Nullable Integer aar, Locale locale) {
        Network network = pages.network(id);
        int year = year(aar);
        return FileDownloads.attachment(fileName(network, year, "csv"), Spreadsheets.CSV)
                .body(Spreadsheets.csv(header(locale), rows(id, year, locale)));
    }

    @GetMapping(NetworkPages.HOME + "/{id}/budget.xlsx")
    ResponseEntity<byte[]> xlsx(
            @PathVariable long id, @RequestParam(name = "aar", required = false) @Nullable Integer aar, Locale locale) {
        Network network = pages.network(id);
        int year = year(aar);
        return FileDownloads.attachment(fileName(network, year, "xlsx"), Spreadsheets.XLSX)
                .body(Spreadsheets.xlsx(String.valueOf(year), header(locale), rows(id, year, locale)));
    }

    private static String fileName(Network network, int year, String extension) {
        return "netvaerk-" + network.id() + "-budget-" + year + "." + extension;
    }

    private List<String> header(Locale locale) {
        return List.of(
                text("networks.report.column.date", locale),
                text("networks.report.column.category", locale),
                text("networks.report.column.description", locale),
                text("networks.report.column.amount", locale),
                text("networks.report.column.hours", locale));
    }

    /** Every expense, then a total per category, the budget and what is left. */
    private List<List<Object>> rows(long id, int year, Locale locale) {
        BudgetService.Year report = budgets.year(id, year);
        List<List<Object>> rows = new ArrayList<>();
        for (Expense e : report.expenses()) {
            rows.add(List.of(
                    e.spentOn(),
                    text("networks.expense.category." + e.category(), locale),
                    e.description(),
                    e.amount(),
                    e.hours()));
        }
        for (Expense.Category category : Expense.Category.values()) {
            rows.add(List.of(
                    "",
                    text("networks.expense.category." + category, locale),
                    text("networks.report.total", locale),
                    report.amounts().get(category),
                    report.hours().get(category)));
        }
        rows.add(List.of("", "", text("networks.report.spent", locale), report.spent(), report.totalHours()));
        if (report.budget() != null) {
            rows.add(List.of("", "", text("networks.report.budget", locale), report.budget(), ""));
            rows.add(List.of("", "", text("networks.report.remaining", locale), report.remaining(), ""));
        }
        return rows;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
