package dk.samspil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.codelists.CpvCatalogue;
import dk.samspil.platform.DanishFormats;
import dk.samspil.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every value of an entry, and every value the change log keeps, as text in Danish and English. */
class EntryPresenterTest extends IntegrationTest {

    private static final Locale DA = DanishFormats.DANISH;
    private static final Locale EN = Locale.ENGLISH;

    @Autowired
    EntryPresenter presenter;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CpvCatalogue cpv;

    @Test
    void periodsAmountsRangesAndFlags() {
        assertThat(presenter.period(ExpectedPeriod.ofQuarter(2027, 3), DA)).isEqualTo("3. kvartal 2027");
        assertThat(presenter.period(ExpectedPeriod.ofQuarter(2027, 3), EN)).isEqualTo("Q3 2027");
        assertThat(presenter.period(ExpectedPeriod.ofMonth(2027, 3), DA)).isEqualTo("marts 2027");
        assertThat(presenter.period(ExpectedPeriod.ofMonth(2027, 3), EN)).isEqualTo("March 2027");

        EstimatedValue range = EstimatedValue.range(new BigDecimal("2000000"), new BigDecimal("3500000"));
        assertThat(presenter.value(range, DA)).isEqualTo("2,0–3,5 mio. kr.");
        assertThat(presenter.value(range, EN)).isEqualTo("DKK 2.0–3.5 million");
        assertThat(presenter.value(EstimatedValue.range(new BigDecimal("250000"), new BigDecimal("800000")), DA))
                .isEqualTo("250.000–800.000 kr.");
        assertThat(presenter.value(EstimatedValue.exact(new BigDecimal("1500000")), DA))
                .isEqualTo("1.500.000 kr.");
        assertThat(presenter.value(EstimatedValue.exact(new BigDecimal("1500000")), EN))
                .isEqualTo("DKK 1,500,000");
        assertThat(presenter.value(EstimatedValue.unknown(), DA)).isEqualTo("Endnu ikke kendt");
        assertThat(presenter.value(EstimatedValue.unknown(), EN)).isEqualTo("Not yet known");

        assertThat(presenter.yesNo(true, DA)).isEqualTo("Ja");
        assertThat(presenter.yesNo(false, EN)).isEqualTo("No");
        assertThat(presenter.status(ProcurementStatus.TENDER_PUBLISHED, DA)).isEqualTo("Udbud offentliggjort");
        assertThat(presenter.date(LocalDate.of(2027, 9, 1), DA)).isEqualTo("1. september 2027");
        assertThat(presenter.cpv("45261210", DA)).isEqualTo("45261210 " + label("45261210", DA));
        assertThat(presenter.cpv("45261210", EN)).isEqualTo("45261210 " + label("45261210", EN));
        assertThat(presenter.lot(new Lot(1, "Tag", "45261210", new BigDecimal("2000000"), true), DA))
                .isEqualTo("Delaftale 1: Tag (45261210 " + label("45261210", DA) + "), 2.000.000 kr., egnet for SMV");
    }

    @Test
    void changeLogValuesReadAsText() {
        assertChange(
                "expectedPublication",
                "2027-Q2",
                "2027-Q3",
                DA,
                "Forventet offentliggørelse af udbud",
                "2. kvartal 2027",
                "3. kvartal 2027");
        assertChange(
                "expectedPublication",
                "2027-Q2",
                "2027-03",
                EN,
                "Expected tender publication",
                "Q2 2027",
                "March 2027");
        assertChange("value", "3000000-4500000", "3000000", DA, "Anslået værdi", "3,0–4,5 mio. kr.", "3.000.000 kr.");
        assertChange("value", null, "3000000-4500000", EN, "Estimated value", "(none)", "DKK 3.0–4.5 million");
        assertChange("smeSuitable", "true", "false", DA, "Egnet for små og mellemstore virksomheder", "Ja", "Nej");
        assertChange("status", "PUBLISHED", "POSTPONED", DA, "Status", "Forventet", "Udskudt");
        assertChange(
                "contractStart",
                "2027-09-30",
                "2027-12-30",
                DA,
                "Forventet kontraktstart",
                "30. september 2027",
                "30. december 2027");
        assertChange(
                "cpvCodes",
                "45261210",
                "45261210, 45261410",
                DA,
                "CPV-koder",
                "45261210 " + label("45261210", DA),
                "45261210 " + label("45261210", DA) + ", 45261410 " + label("45261410", DA));
        assertChange(
                "lots",
                "1. Tag (45261210) 2000000 [SME]; 2. Facade",
                null,
                DA,
                "Delaftaler",
                "Delaftale 1: Tag (45261210 " + label("45261210", DA) + "), 2.000.000 kr., egnet for SMV; "
                        + "Delaftale 2: Facade",
                "(intet)");
        String code = "EP" + System.nanoTime() % 1_000_000;
        long unit = jdbc.sql("INSERT INTO buying_unit (code, name) VALUES (:code, :name) RETURNING id")
                .param("code", code)
                .param("name", "Vej og Park " + code)
                .query(Long.class)
                .single();
        assertChange("buyingUnit", null, Long.toString(unit), DA, "Indkøbsenhed", "(intet)", "Vej og Park " + code);
    }

    private void assertChange(
            String field, String from, String to, Locale locale, String name, String fromText, String toText) {
        assertThat(presenter.change(new FieldChange(field, from, to), locale))
                .isEqualTo(new EntryPresenter.Change(name, fromText, toText));
    }

    private String label(String code, Locale locale) {
        return cpv.find(code).orElseThrow().label(locale);
    }
}
