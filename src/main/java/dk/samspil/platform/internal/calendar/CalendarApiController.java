package dk.samspil.platform.internal.calendar;

import dk.samspil.platform.ApiProblems;
import dk.samspil.platform.BusinessCalendar;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public read API of the business calendar: the closed days of a year ({@code GET /api/v1/calendar/holidays?year=})
 * and the date a number of business days after a date ({@code GET /api/v1/calendar/business-days?from=&add=}; the
 * date itself does not count). Years from 1900 to 2200; at most 1000 business days.
 */
@RestController
class CalendarApiController {

    static final String HOLIDAYS = "/api/v1/calendar/holidays";
    static final String BUSINESS_DAYS = "/api/v1/calendar/business-days";
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2200;
    static final int MAX_ADD = 1000;

    record Holiday(String date, String name) {}

    record BusinessDays(String from, int add, String date) {}

    private final BusinessCalendar calendar;
    private final ApiProblems problems;

    CalendarApiController(BusinessCalendar calendar, ApiProblems problems) {
        this.calendar = calendar;
        this.problems = problems;
    }

    @GetMapping(path = HOLIDAYS, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> holidays(@RequestParam(required = false) String year, HttpServletRequest request) {
        Integer parsed = year(year);
        if (parsed == null) {
            return problems.problem(HttpStatus.BAD_REQUEST, "calendar.api.year", request);
        }
        List<Holiday> days = calendar.closedDays(parsed).entrySet().stream()
                .map(day -> new Holiday(day.getKey().toString(), day.getValue()))
                .toList();
        return ResponseEntity.ok(days);
    }

    @GetMapping(path = BUSINESS_DAYS, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> businessDays(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String add,
            HttpServletRequest request) {
        LocalDate start = date(from);
        if (start == null) {
            return problems.problem(HttpStatus.BAD_REQUEST, "calendar.api.from", request);
        }
        Integer days = number(add);
        if (days == null || days < 0 || days > MAX_ADD) {
            return problems.problem(HttpStatus.BAD_REQUEST, "calendar.api.add", request);
        }
        LocalDate date = calendar.addBusinessDays(start, days);
        if (date.getYear() > LAST_YEAR) {
            return problems.problem(HttpStatus.BAD_REQUEST, "calendar.api.from", request);
        }
        return ResponseEntity.ok(new BusinessDays(start.toString(), days, date.toString()));
    }

    private static Integer year(String text) {
        Integer year = number(text);
        return year == null || year < FIRST_YEAR || year > LAST_YEAR ? null : year;
    }

    private static LocalDate date(String text) {
        if (text == null || text.length() != 10) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            return date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer number(String text) {
        if (text == null || !text.matches("-?[0-9]{1,9}")) {
            return null;
        }
        return Integer.valueOf(text);
    }
}
