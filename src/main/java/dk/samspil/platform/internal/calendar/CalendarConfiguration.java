package dk.samspil.platform.internal.calendar;

import dk.samspil.platform.BusinessCalendar;
import dk.samspil.platform.CalendarProperties;
import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.RouteAuthorization;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** The business calendar with the configured closing days, and its public read API. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    /**
     * The calendar with the configured days; one other than the usual ones is a plain closing day, named in Danish
     * ({@code calendar.closingDay}) like the public holidays the API gives.
     */
    @Bean
    BusinessCalendar businessCalendar(CalendarProperties properties, MessageSource messages) {
        String closingDay = messages.getMessage("calendar.closingDay", null, DanishFormats.DANISH);
        Map<MonthDay, String> days = new LinkedHashMap<>();
        properties
                .days()
                .forEach(day -> days.put(day, BusinessCalendar.USUAL_CLOSING_DAYS.getOrDefault(day, closingDay)));
        return new BusinessCalendar(days);
    }

    @Bean
    RouteAuthorization calendarRouteAuthorization() {
        return routes -> routes.requestMatchers(
                        HttpMethod.GET, CalendarApiController.HOLIDAYS, CalendarApiController.BUSINESS_DAYS)
                .permitAll();
    }
}
