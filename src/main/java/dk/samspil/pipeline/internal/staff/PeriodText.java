package dk.samspil.pipeline.internal.staff;

import java.time.YearMonth;

import org.springframework.stereotype.Component;

import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.platform.DanishFormats;

/** An expected period as "marts 2027" or "2. kvartal 2027"; in templates {@code ${@pipelineStaffPeriods.text(p)}}. */
@Component("pipelineStaffPeriods")
class PeriodText {

    private final DanishFormats formats;

    PeriodText(DanishFormats formats) {
        this.formats = formats;
    }

    public String text(ExpectedPeriod period) {
        if (period == null) {
            return "";
        }
        return period.isQuarter() ? formats.quarter(period.year(), period.quarter())
                : formats.month(YearMonth.of(period.year(), period.month()));
    }
}
