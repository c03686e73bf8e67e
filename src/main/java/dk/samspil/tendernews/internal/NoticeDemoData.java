package dk.samspil.tendernews.internal;

import dk.samspil.organisation.Municipality;
import dk.samspil.organisation.OrganisationService;
import dk.samspil.platform.Rejected;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo data from {@code demo/notices.json}: example notices of the eForms SDK jar rewritten as the municipality's own
 * (its CVR number as buyer, a Danish title, a recent issue date) and imported like any other notice, so they show on
 * the public tender page and the contract notices naming a demo pipeline entry (BT-22) move it to
 * {@code TENDER_PUBLISHED}. Runs once the application is ready, after the organisation's and the pipeline's demo data;
 * each notice has a fixed notice ID, so a notice that is there already is not added again.
 */
@Component
@ConditionalOnBooleanProperty("samspil.demo.enabled")
class NoticeDemoData {

    static final String RESOURCE = "demo/notices.json";
    private static final Logger log = LoggerFactory.getLogger(NoticeDemoData.class);

    record Data(List<DemoNotice> notices) {}

    /**
     * @param example   the file name of an example notice of the SDK jar
     * @param reference the demo pipeline entry it belongs to; {@code {Y}} is next year, as in the pipeline's demo data
     * @param daysAgo   how long ago it was issued
     */
    record DemoNotice(
            String example,
            String title,
            @Nullable String description,
            @Nullable String reference,
            int daysAgo) {}

    private final NoticeImporter importer;
    private final OrganisationService organisation;
    private final JsonMapper json;
    private final Clock clock;

    NoticeDemoData(NoticeImporter importer, OrganisationService organisation, JsonMapper json, Clock clock) {
        this.importer = importer;
        this.organisation = organisation;
        this.json = json;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onReady() {
        load();
    }

    /** @return how many notices were added (0 when all were there or the municipality has no CVR number) */
    int load() {
        Optional<Municipality> municipality = organisation
                .municipality()
                .filter(m -> m.cvr() != null && !m.cvr().isBlank());
        if (municipality.isEmpty()) {
            log.info("Tender news demo data skipped: the municipality has no CVR number");
            return 0;
        }
        String year = String.valueOf(LocalDate.now(clock).getYear() + 1);
        int added = 0;
        for (DemoNotice demo : read().notices()) {
            try {
                ImportOutcome outcome = importer.importNotice(xml(demo, municipality.get(), year), NoticeSource.DEMO);
                if (!outcome.duplicate()) {
                    added++;
                }
            } catch (Rejected | DataIntegrityViolationException e) {
                log.warn("Tender news demo notice {} not added: {}", demo.example(), e.getMessage());
            }
        }
        if (added > 0) {
            log.info("Demo data: {} tender notices", added);
        }
        return added;
    }

    private byte[] xml(DemoNotice demo, Municipality municipality, String year) {
        String id = demo.example() + "|" + demo.title();
        return DemoNoticeXml.rewrite(
                DemoNoticeXml.example(demo.example()),
                new DemoNoticeXml.Rewrite(
                        uuid("notice", id),
                        uuid("procedure", id),
                        OffsetDateTime.now(clock).minusDays(demo.daysAgo()),
                        municipality.name(),
                        "DK" + OrgNumbers.digits(municipality.cvr()),
                        demo.title(),
                        demo.description(),
                        demo.reference() == null ? null : demo.reference().replace("{Y}", year)));
    }

    /** A fixed ID per demo notice, so a second run finds the notice it added before. */
    static String uuid(String kind, String id) {
        return UUID.nameUUIDFromBytes(("samspil-demo-" + kind + ":" + id).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    Data read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, Data.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
