package dk.samspil.tendernews.internal;

import dk.samspil.organisation.Municipality;
import dk.samspil.organisation.OrganisationService;
import dk.samspil.platform.text.DanishText;
import dk.samspil.tendernews.internal.NoticeQueries.NoticeRow;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notices the public tender page shows: those of the municipality (its CVR number) and of the buyers an
 * administrator added, newest first, found by words with the shared Danish text analysis ({@link DanishText}: stems,
 * folded æ/ø/å) in their title, description and buyer, or by the start of a CPV code.
 */
@Service
@Transactional(readOnly = true)
class PublicNotices {

    static final int LIMIT = 100;
    private static final int CANDIDATES = 2000;

    private final JdbcClient jdbc;
    private final OrganisationService organisation;

    PublicNotices(JdbcClient jdbc, OrganisationService organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    /** The org. numbers (digits) whose notices are public: the municipality's and the added buyers'. */
    Set<String> buyers() {
        Set<String> buyers = new LinkedHashSet<>();
        organisation
                .municipality()
                .map(Municipality::cvr)
                .map(OrgNumbers::digits)
                .filter(d -> !d.isEmpty())
                .ifPresent(buyers::add);
        buyers.addAll(jdbc.sql("SELECT org_number FROM tender_buyer ORDER BY name")
                .query(String.class)
                .list());
        return buyers;
    }

    List<NoticeRow> search(@Nullable String query) {
        Set<String> buyers = buyers();
        if (buyers.isEmpty()) {
            return List.of();
        }
        List<NoticeRow> notices = jdbc.sql("""
                        SELECT * FROM tender_notice
                        WHERE changes_notice_id IS NULL
                          AND regexp_replace(coalesce(buyer_org_number, ''), '[^0-9]', '', 'g') = ANY(:buyers)
                        ORDER BY issue_date DESC NULLS LAST, id DESC LIMIT :limit""")
                .param("buyers", buyers.toArray(String[]::new))
                .param("limit", CANDIDATES)
                .query(NoticeQueries::row)
                .list();
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return notices.stream().limit(LIMIT).toList();
        }
        List<String> wanted = DanishText.stems(q);
        String digits = q.replaceAll("[^0-9]", "");
        boolean cpv = !digits.isEmpty()
                && digits.length() == q.replaceAll("[\\s-]", "").length();
        return notices.stream()
                .filter(n -> cpv
                        ? n.cpvCodes().stream().anyMatch(code -> code.startsWith(digits))
                        : !wanted.isEmpty() && stems(n).containsAll(wanted))
                .limit(LIMIT)
                .toList();
    }

    private static Set<String> stems(NoticeRow notice) {
        Set<String> stems = new HashSet<>();
        for (String text : new String[] {notice.title(), notice.description(), notice.buyerName()}) {
            if (text != null) {
                DanishText.tokens(text).forEach(token -> {
                    stems.add(DanishText.stem(token.lower()));
                    stems.add(DanishText.fold(token.lower()));
                });
            }
        }
        return stems;
    }
}
