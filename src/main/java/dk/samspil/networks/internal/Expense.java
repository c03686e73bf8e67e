package dk.samspil.networks.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A secretariat expense: an amount and the hours spent, in one of the agreement's categories. */
record Expense(long id, LocalDate spentOn, Category category, BigDecimal amount, BigDecimal hours, String description) {

    enum Category {
        MEETINGS,
        COMMUNICATION,
        EVENTS,
        ADMINISTRATION
    }
}
