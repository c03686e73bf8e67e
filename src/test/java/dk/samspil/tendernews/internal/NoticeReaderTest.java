package dk.samspil.tendernews.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Reads the eForms SDK's own example notices from its jar and checks the fields against the XML. */
class NoticeReaderTest {

    private static final long LIMIT = 50L * 1024 * 1024;
    private static final NoticeXml XML = new NoticeXml();
    private static final NoticeReader READER = new NoticeReader();

    private static Notice read(byte[] content) {
        return READER.read(XML.parse(content, LIMIT));
    }

    private static Notice read(String name) {
        return read(SdkNotices.bytes(name));
    }

    @Test
    void aPinOnlyForInformationGivesItsPlanAndFutureNoticeDate() {
        Notice pin = read("pin-only_24.xml");

        assertThat(pin.noticeId()).isEqualTo("f252f386-55ac-4fa8-9be4-9f950b9904c8");
        assertThat(pin.version()).isEqualTo("01");
        assertThat(pin.kind()).isEqualTo(Notice.Kind.PRIOR_INFORMATION);
        assertThat(pin.noticeType()).isEqualTo("pin-only");
        assertThat(pin.subtype()).isEqualTo("4");
        assertThat(pin.buyerName()).isEqualTo("PartyName1234");
        assertThat(pin.title()).isEqualTo("ProPrName1234");
        assertThat(pin.description()).isEqualTo("PrPrDescblabla");
        assertThat(pin.internalId()).isEqualTo("ProPrID1234");
        assertThat(pin.mainCpv()).isEqualTo("72000000");
        assertThat(pin.estimatedValue()).isEqualByComparingTo("100000");
        assertThat(pin.currency()).isEqualTo("EUR");
        assertThat(pin.nuts()).contains("DE123");
        assertThat(pin.futureNoticeDate()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(pin.lots()).isNotEmpty();
        assertThat(pin.lots().get(0).title()).isEqualTo("ProPrName1234-1");
        assertThat(pin.lots().get(0).mainCpv()).isEqualTo("50000000");
        assertThat(pin.change()).isNull();
    }

    @Test
    void aContractNoticeWithAHundredLotsKeepsEveryLotWithItsTitleCpvValueAndTheEarliestDeadline() {
        String xml = SdkNotices.text("cn_24_maximal_100_lots.xml");
        Notice cn = read(SdkNotices.bytes("cn_24_maximal_100_lots.xml"));

        assertThat(cn.noticeId()).isEqualTo("7dac8d90-0883-49f2-87de-519c5992d0bc");
        assertThat(cn.version()).isEqualTo("03");
        assertThat(cn.kind()).isEqualTo(Notice.Kind.CONTRACT);
        assertThat(cn.noticeType()).isEqualTo("cn-standard");
        assertThat(cn.subtype()).isEqualTo("16");
        assertThat(cn.buyerName()).isEqualTo("Financial Adinistration for ...");
        assertThat(cn.title()).isEqualTo("Procurement Title ---");
        assertThat(cn.internalId()).isEqualTo("2023-P-0001");
        assertThat(cn.mainCpv()).isEqualTo("79710000");
        assertThat(cn.additionalCpv()).contains("79720000");
        assertThat(cn.estimatedValue()).isEqualByComparingTo("9999999.99");
        assertThat(cn.currency()).isEqualTo("EUR");
        assertThat(cn.lots()).hasSize(100).hasSize(count(xml, "<cac:ProcurementProjectLot>"));
        assertThat(cn.lots())
                .extracting(Notice.NoticeLot::lotId)
                .doesNotHaveDuplicates()
                .allMatch(id -> id.startsWith("LOT-"));
        assertThat(cn.lots()).allSatisfy(lot -> {
            assertThat(lot.title()).isNotBlank();
            assertThat(lot.mainCpv()).matches("\\d{8}");
        });
        Matcher firstLotValue = Pattern.compile(
                        "<cac:ProcurementProjectLot>.*?<cbc:EstimatedOverallContractAmount currencyID=\"(\\w+)\">([0-9.]+)<",
                        Pattern.DOTALL)
                .matcher(xml);
        assertThat(firstLotValue.find()).isTrue();
        assertThat(cn.lots().get(0).estimatedValue()).isEqualByComparingTo(new BigDecimal(firstLotValue.group(2)));
        assertThat(cn.lots().get(0).currency()).isEqualTo(firstLotValue.group(1));
        assertThat(cn.submissionDeadline())
                .isEqualTo(OffsetDateTime.of(2023, 5, 22, 20, 59, 32, 0, ZoneOffset.ofHours(1)));
        assertThat(cn.documentsUrl()).startsWith("http");
    }

    @Test
    void aContractNoticeGivesItsDeadlineWithTheOffsetOfTheNotice() {
        Notice cn = read("cn_24_minimal.xml");

        assertThat(cn.submissionDeadline())
                .isEqualTo(OffsetDateTime.of(2020, 2, 4, 10, 0, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(cn.documentsUrl()).isEqualTo("https://etendering.ted.europa.eu/cft/cft-display.html?cftId=5629");
        assertThat(cn.nuts()).containsExactly("FRD22");
        assertThat(cn.issueDate()).isEqualTo(LocalDate.of(2019, 11, 21));
    }

    @Test
    void anAwardNoticeNamesTheWinnerAndTheValue() {
        Notice can = read("can_24_minimal.xml");

        assertThat(can.noticeId()).isEqualTo("65667997-031a-4198-bd25-7225449ef479");
        assertThat(can.kind()).isEqualTo(Notice.Kind.AWARD);
        assertThat(can.noticeType()).isEqualTo("can-standard");
        assertThat(can.subtype()).isEqualTo("29");
        assertThat(can.buyerName()).isEqualTo("Rouen Habitat");
        assertThat(can.mainCpv()).isEqualTo("77310000");
        assertThat(can.awards()).singleElement().satisfies(award -> {
            assertThat(award.winnerName()).isEqualTo("Espaces Verts Lemire");
            assertThat(award.lotId()).isEqualTo("LOT-0000");
            assertThat(award.amount()).isEqualByComparingTo("95414");
            assertThat(award.currency()).isEqualTo("EUR");
        });
    }

    @Test
    void aChangeNoticeNamesTheNoticeAndVersionItChangesAndWhy() {
        Notice change = read("change-cn_24_void.xml");

        assertThat(change.noticeId()).isEqualTo("1d192942-a4a3-4833-8775-ca38f7ec09ca");
        assertThat(change.change()).isNotNull();
        assertThat(change.change().noticeId()).isEqualTo("f42be27e-09cf-4f0e-a745-63ec689631e6");
        assertThat(change.change().version()).isEqualTo("01");
        assertThat(change.change().reasonCode()).isEqualTo("cancel");
        assertThat(change.change().cancels()).isTrue();
        assertThat(change.change().description()).isEqualTo("We cancel because...");
    }

    @Test
    void aPreMarketConsultationIsReadAsAConsultation() {
        Notice e1 = read("E1_minimal.xml");

        assertThat(e1.noticeId()).isEqualTo("52fe3748-f475-4381-9dbf-31ebb08889e8");
        assertThat(e1.kind()).isEqualTo(Notice.Kind.CONSULTATION);
        assertThat(e1.noticeType()).isEqualTo("pmc");
        assertThat(e1.subtype()).isEqualTo("E1");
        assertThat(e1.buyerName()).isEqualTo("Buyer Org");
        assertThat(e1.title()).isEqualTo("Procedure Name");
        assertThat(e1.mainCpv()).isEqualTo("72000000");
        assertThat(e1.lots())
                .singleElement()
                .satisfies(lot -> assertThat(lot.title()).isEqualTo("Lot Name"));
    }

    @Test
    void theEmptyInvalidExampleIsRefusedNamingTheFirstMissingField() {
        assertRefused(() -> read("INVALID_cn_24_empty.xml"), "tendernews.notice.missing", "BT-701");
    }

    @Test
    void anInvalidExampleBreakingTheSchemaIsRefusedWithTheSchemaError() {
        Violation violation = violation(() -> read("INVALID_pin-only_24_empty.xml"));
        assertThat(violation.messageKey()).isIn("tendernews.notice.schema", "tendernews.notice.missing");
        Violation stage1 = violation(() ->
                read(tamper("cn_24_minimal.xml", "<cbc:VersionID>01</cbc:VersionID>", "<cbc:Bogus>01</cbc:Bogus>")));
        assertThat(stage1.messageKey()).isEqualTo("tendernews.notice.schema");
        assertThat(stage1.arguments().get(0).toString()).contains("Bogus");
    }

    @Test
    void xmlWithADoctypeOrExternalEntityIsRefusedAndNeverResolved() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE ContractNotice [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2">&xxe;</ContractNotice>
                """;
        assertRefused(() -> read(xxe.getBytes(StandardCharsets.UTF_8)), "tendernews.notice.doctype");
        String parameterEntity = """
                <?xml version="1.0"?>
                <!DOCTYPE r [<!ENTITY % remote SYSTEM "http://127.0.0.1:1/evil.dtd"> %remote;]>
                <r/>
                """;
        assertRefused(() -> read(parameterEntity.getBytes(StandardCharsets.UTF_8)), "tendernews.notice.doctype");
    }

    @Test
    void emptyNotXmlOtherSchemasAndTooLargeAreRefused() {
        assertRefused(() -> read(new byte[0]), "tendernews.notice.empty");
        assertRefused(() -> read("   \n".getBytes(StandardCharsets.UTF_8)), "tendernews.notice.empty");
        assertThat(violation(() -> read("<not xml".getBytes(StandardCharsets.UTF_8)))
                        .messageKey())
                .isEqualTo("tendernews.notice.notXml");
        assertRefused(
                () -> read("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"/>"
                        .getBytes(StandardCharsets.UTF_8)),
                "tendernews.notice.notEforms",
                "Invoice");
        assertRefused(
                () -> READER.read(XML.parse(SdkNotices.bytes("cn_24_minimal.xml"), 1024)),
                "tendernews.notice.tooLarge",
                0L);
    }

    private static byte[] tamper(String name, String from, String to) {
        String xml = SdkNotices.text(name);
        assertThat(xml).contains(from);
        return xml.replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static Violation violation(ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(Rejected.class);
        return ((Rejected) thrown).violations().get(0);
    }

    private static void assertRefused(ThrowingCallable call, String key, Object... arguments) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Rejected.class, rejected -> {
            assertThat(rejected.violations()).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo("notice");
                assertThat(v.messageKey()).isEqualTo(key);
                if (arguments.length > 0) {
                    assertThat(v.arguments()).containsExactly(arguments);
                }
            });
        });
    }
}
