package dk.samspil.tendernews.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samspil.platform.Rejected;
import dk.samspil.support.Background;
import dk.samspil.support.IntegrationTest;
import dk.samspil.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The tender-news list: subscribers with their choices of CPV areas, regions and frequency; each gets, in Danish,
 * only the new notices matching their choices, each notice once, with the list's unsubscribe link.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TenderNewsDigestTest extends IntegrationTest {

    private static final int SMTP_PORT = TestSmtp.freePort();

    @RegisterExtension
    static final GreenMailExtension greenMail = TestSmtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, SMTP_PORT);
    }

    @Autowired
    TenderNewsList list;

    @Autowired
    TenderNewsDigest digest;

    @Autowired
    NoticeImporter importer;

    @Autowired
    JdbcClient jdbc;

    private static String email(String who) {
        return who + "-" + UUID.randomUUID() + "@firma.dk";
    }

    @Test
    void aSubscriberGetsOnlyTheNewNoticesMatchingTheirChoicesOnce() throws Exception {
        importer.importNotice(
                NoticeLinkTest.contract(UUID.randomUUID().toString()), NoticeSource.FEED); // before anyone joined
        String it = email("it");
        String building = email("bygge");
        String danishIt = email("it-midt");
        String daily = email("daglig");
        list.add(new TenderNewsForm(it, "IT-firma", "72000000", List.of(), TenderNewsList.Frequency.WEEKLY), "staff");
        list.add(new TenderNewsForm(building, null, "45000000", List.of(), TenderNewsList.Frequency.WEEKLY), "staff");
        list.add(
                new TenderNewsForm(danishIt, null, "72000000", List.of("DK04"), TenderNewsList.Frequency.WEEKLY),
                "staff");
        list.add(new TenderNewsForm(daily, null, "72230000", List.of(), TenderNewsList.Frequency.DAILY), "staff");
        assertThat(list.subscribers())
                .filteredOn(s -> s.email().equals(danishIt))
                .singleElement()
                .satisfies(s -> assertThat(s.choice().nutsCodes()).containsExactly("DK04"));

        ImportOutcome contract =
                importer.importNotice(NoticeLinkTest.contract(UUID.randomUUID().toString()), NoticeSource.FEED);
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));

        assertThat(digest.send(monday.plusDays(1)))
                .as("a Tuesday: only daily subscribers")
                .isEqualTo(1);
        assertThat(digest.send(monday))
                .as("Monday: the weekly one; the daily one has had it")
                .isEqualTo(1);
        assertThat(digest.send(monday)).as("nothing new").isZero();

        MimeMessage[] mails = TestSmtp.awaitMails(greenMail, it, 1);
        String text = TestSmtp.text(mails[0]);
        assertThat(mails[0].getSubject()).isEqualTo("Et nyt udbud til dig");
        assertThat(text)
                .contains(contract.notice().title())
                .contains("Frist for tilbud: 04.02.2020 09:00")
                .contains("https://etendering.ted.europa.eu/cft/cft-display.html?cftId=5629")
                .contains("/nyhedsbrev/afmeld?token=");
        assertThat(mails[0].getHeader("List-Unsubscribe")).isNotEmpty();
        TestSmtp.awaitMails(greenMail, daily, 1);
        Background.awaitOutboxSent(jdbc, it);
        Background.awaitOutboxSent(jdbc, daily);
        assertThat(greenMail.getReceivedMessagesForDomain(it)).hasSize(1);
        assertThat(greenMail.getReceivedMessagesForDomain(daily)).hasSize(1);
        assertThat(greenMail.getReceivedMessagesForDomain(building)).isEmpty();
        assertThat(greenMail.getReceivedMessagesForDomain(danishIt)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient IN (?, ?)")
                        .params(building, danishIt)
                        .query(Long.class)
                        .single())
                .isZero();

        list.remove(it, "staff");
        assertThat(list.subscribers()).noneMatch(s -> s.email().equals(it));
    }

    @Test
    void badChoicesAreRefusedAndNothingIsStored() {
        String address = email("forkert");
        assertThatThrownBy(() -> list.add(new TenderNewsForm(address, null, "12", List.of("SE11"), null), "staff"))
                .isInstanceOf(Rejected.class)
                .satisfies(e -> assertThat(((Rejected) e).violations())
                        .extracting(v -> v.messageKey())
                        .containsExactly(
                                "tendernews.list.error.cpv",
                                "tendernews.list.error.region",
                                "tendernews.list.error.frequency"));
        assertThatThrownBy(() -> list.add(
                        new TenderNewsForm("ikke-en-adresse", null, null, List.of(), TenderNewsList.Frequency.DAILY),
                        "staff"))
                .isInstanceOf(Rejected.class);
        assertThat(jdbc.sql("SELECT count(*) FROM tender_news_choice WHERE email = ?")
                        .param(address)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
