package dk.samspil.tendernews.internal;

import dk.samspil.pipeline.EntryPageContribution;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.platform.PageFragment;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tender news on a pipeline entry's pages: on the officers' page a link to the entry's notices (where the notice ID
 * of its expected tender is stored); on the public page the published tender's submission deadline and documents
 * and the award's winners, from the notices linked to it.
 */
@Configuration(proxyBeanMethods = false)
class NoticeEntryParts {

    /** What the public page shows of the entry's notices. */
    record PublicNotices(String reference, List<NoticeQueries.NoticeRow> notices, List<String> winners) {}

    @Bean
    EntryPageContribution tenderNewsStaffLink() {
        return new EntryPageContribution() {
            @Override
            public Place place() {
                return Place.STAFF_LINKS;
            }

            @Override
            public Optional<PageFragment> forEntry(PlannedProcurement entry) {
                return entry.status().isPublic()
                        ? Optional.of(new PageFragment("tendernews/entry-parts", "staffLink", entry.reference()))
                        : Optional.empty();
            }
        };
    }

    @Bean
    EntryPageContribution tenderNewsPublicSection(NoticeQueries queries) {
        return new EntryPageContribution() {
            @Override
            public Place place() {
                return Place.PUBLIC_SECTIONS;
            }

            @Override
            public Optional<PageFragment> forEntry(PlannedProcurement entry) {
                List<NoticeQueries.NoticeRow> notices = queries.linkedTo(entry.reference()).stream()
                        .filter(n -> !n.isChange() && !n.cancelled())
                        .filter(n -> n.kind() == Notice.Kind.CONTRACT || n.kind() == Notice.Kind.AWARD)
                        .toList();
                if (notices.isEmpty()) {
                    return Optional.empty();
                }
                List<String> winners = notices.stream()
                        .filter(n -> n.kind() == Notice.Kind.AWARD)
                        .flatMap(n -> queries.winners(n.id()).stream())
                        .map(NoticeQueries.WinnerRow::name)
                        .distinct()
                        .toList();
                return Optional.of(new PageFragment(
                        "tendernews/entry-parts",
                        "publicSection",
                        new PublicNotices(entry.reference(), notices, winners)));
            }
        };
    }
}
