package dk.samspil.pipeline.internal.opendata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A planned procurement in the JSON API: plain values, codes as codes, CPV codes with their Danish labels. */
record ProcurementJson(
        String reference,
        String title,
        String description,
        BuyingUnitJson buyingUnit,
        ContactJson contact,
        List<CpvJson> cpvCodes,
        String nutsCode,
        String contractType,
        ValueJson estimatedValue,
        boolean aboveEuThreshold,
        String procedure,
        String expectedTenderPublication,
        LocalDate contractStart,
        Integer durationMonths,
        String optionsDescription,
        List<LotJson> lots,
        FlagsJson flags,
        String status,
        String statusReason,
        String tenderUrl,
        int version,
        Instant publishedAt,
        Instant lastChangedAt,
        String url) {

    record BuyingUnitJson(String code, String name) {}

    record ContactJson(String name, String email, String phone) {}

    record CpvJson(String code, String label) {}

    /** {@code kind} is EXACT (min = max), RANGE or UNKNOWN (both null). */
    record ValueJson(String kind, BigDecimal minDkk, BigDecimal maxDkk) {}

    record LotJson(int number, String title, String cpvCode, BigDecimal valueDkk, boolean smeSuitable) {}

    record FlagsJson(
            boolean smeSuitable,
            boolean consortiaOpen,
            boolean innovationWanted,
            boolean marketDialoguePlanned,
            boolean sustainabilityClauses,
            boolean socialClauses) {}

    /** One page of entries. {@code page} counts from 1. */
    record Page(List<ProcurementJson> items, PageInfo page) {}

    record PageInfo(int number, int size, long totalItems, long totalPages) {}
}
