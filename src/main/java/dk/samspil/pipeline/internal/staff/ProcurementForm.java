package dk.samspil.pipeline.internal.staff;

import dk.samspil.platform.EmailAddresses;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A planned procurement as the officer types it: text as typed (amounts in Danish format, the expected period as
 * {@code 2027-03} or {@code 2027-Q2}), so a rejected form comes back exactly as it was sent. Blank fields arrive as
 * {@code null}; unticked checkboxes as {@code null} or {@code false}.
 *
 * @param reference     only for a new entry
 * @param additionalCpv further CPV codes, separated by commas, spaces or new lines
 * @param valueKind     {@code EXACT}, {@code RANGE} or {@code UNKNOWN}
 * @param reason        the public reason for changing a published entry
 */
record ProcurementForm(
        @Size(max = 40, message = "{pipeline.staff.error.size}")
        String reference,

        @NotBlank(message = "{pipeline.error.title.required}") @Size(max = 200, message = "{pipeline.staff.error.size}")
        String title,

        @Size(max = 10_000, message = "{pipeline.staff.error.size}")
        String description,

        @Pattern(regexp = "\\d{1,18}", message = "{pipeline.error.buyingUnit.unknown}")
        String buyingUnitId,

        @Size(max = 200, message = "{pipeline.staff.error.size}")
        String contactName,

        @EmailAddresses.Valid(message = "{pipeline.error.email}")
        @Size(max = 254, message = "{pipeline.staff.error.size}")
        String contactEmail,

        @Size(max = 40, message = "{pipeline.staff.error.size}")
        String contactPhone,

        @NotBlank(message = "{pipeline.error.cpv.required}")
        @Pattern(regexp = CPV, message = "{pipeline.staff.error.cpv.format}")
        String mainCpv,

        @Pattern(regexp = CPV_LIST, message = "{pipeline.staff.error.cpv.format}")
        String additionalCpv,

        @Size(max = 10, message = "{pipeline.staff.error.size}")
        String nutsCode,

        @NotBlank(message = "{pipeline.error.contractType.required}")
        String contractType,

        @NotBlank(message = "{pipeline.staff.error.valueKind.required}")
        String valueKind,

        @Pattern(regexp = DanishAmounts.FORMAT, message = "{pipeline.staff.error.amount.format}")
        String valueExact,

        @Pattern(regexp = DanishAmounts.FORMAT, message = "{pipeline.staff.error.amount.format}")
        String valueMin,

        @Pattern(regexp = DanishAmounts.FORMAT, message = "{pipeline.staff.error.amount.format}")
        String valueMax,

        @NotBlank(message = "{pipeline.error.procedure.required}")
        String procedure,

        @NotBlank(message = "{pipeline.error.expected.required}")
        String expectedPublication,

        @Pattern(regexp = DanishDates.FORMAT, message = "{pipeline.staff.error.date.format}")
        String contractStart,

        @Pattern(regexp = "\\d{1,3}", message = "{pipeline.error.duration}")
        String durationMonths,

        @Size(max = 2_000, message = "{pipeline.staff.error.size}")
        String optionsDescription,

        Boolean smeSuitable,
        Boolean consortiaOpen,
        Boolean innovationWanted,
        Boolean marketDialoguePlanned,
        Boolean sustainabilityClauses,
        Boolean socialClauses,
        @Valid List<LotForm> lots,

        @Size(max = 500, message = "{pipeline.staff.error.size}")
        String reason) {

    static final String CPV = "\\d{8}(-\\d)?";
    static final String CPV_LIST = "(\\d{8}(-\\d)?)([\\s,;]+\\d{8}(-\\d)?)*";
    /** Empty lot rows shown below the filled ones, so a lot can be added without JavaScript. */
    static final int EMPTY_LOT_ROWS = 2;

    ProcurementForm {
        lots = lots == null ? new ArrayList<>() : new ArrayList<>(lots);
    }

    /** The same form with {@code count} more empty lot rows, as the "add lot" button and a fresh form show it. */
    ProcurementForm withEmptyLots(int count) {
        List<LotForm> rows = new ArrayList<>(lots);
        for (int i = 0; i < count; i++) {
            rows.add(LotForm.empty());
        }
        return new ProcurementForm(
                reference,
                title,
                description,
                buyingUnitId,
                contactName,
                contactEmail,
                contactPhone,
                mainCpv,
                additionalCpv,
                nutsCode,
                contractType,
                valueKind,
                valueExact,
                valueMin,
                valueMax,
                procedure,
                expectedPublication,
                contractStart,
                durationMonths,
                optionsDescription,
                smeSuitable,
                consortiaOpen,
                innovationWanted,
                marketDialoguePlanned,
                sustainabilityClauses,
                socialClauses,
                rows,
                reason);
    }

    /** The same form with this reference, as the new-entry form suggests the next free one. */
    ProcurementForm withReference(String suggested) {
        return new ProcurementForm(
                suggested,
                title,
                description,
                buyingUnitId,
                contactName,
                contactEmail,
                contactPhone,
                mainCpv,
                additionalCpv,
                nutsCode,
                contractType,
                valueKind,
                valueExact,
                valueMin,
                valueMax,
                procedure,
                expectedPublication,
                contractStart,
                durationMonths,
                optionsDescription,
                smeSuitable,
                consortiaOpen,
                innovationWanted,
                marketDialoguePlanned,
                sustainabilityClauses,
                socialClauses,
                lots,
                reason);
    }

    /** A lot row; a row with no title, CPV code or value is an unused row and ignored. */
    record LotForm(
            @Size(max = 200, message = "{pipeline.staff.error.size}")
            String title,

            @Pattern(regexp = CPV, message = "{pipeline.staff.error.cpv.format}")
            String cpvCode,

            @Pattern(regexp = DanishAmounts.FORMAT, message = "{pipeline.staff.error.amount.format}")
            String value,

            Boolean smeSuitable) {

        static LotForm empty() {
            return new LotForm(null, null, null, false);
        }

        boolean isBlank() {
            return blank(title) && blank(cpvCode) && blank(value);
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }
    }
}
