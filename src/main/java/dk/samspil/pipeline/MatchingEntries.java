package dk.samspil.pipeline;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How many current public entries an alert's CPV codes and keywords would match, for the alert form's estimate. */
@Service
public class MatchingEntries {

    private final JdbcClient jdbc;

    MatchingEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Roughly how many current public entries (not cancelled or awarded) have a CPV code starting with one of
     * {@code cpvPrefixes} or match one of {@code keywords} in Danish full text ({@code "quoted phrases"} as phrases).
     * An estimate: compound-word parts are not matched here.
     */
    @Transactional(readOnly = true)
    public long count(List<String> cpvPrefixes, List<String> keywords) {
        if (cpvPrefixes.isEmpty() && keywords.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        SELECT count(*) FROM planned_procurement p
                        WHERE p.status NOT IN ('DRAFT', 'CANCELLED', 'AWARDED')
                          AND (EXISTS (SELECT 1 FROM unnest(p.cpv_codes) c WHERE c LIKE ANY (:patterns))
                               OR (:text <> '' AND p.search_vector @@ websearch_to_tsquery('danish', :text)))""")
                .param("patterns", cpvPrefixes.stream().map(prefix -> prefix.replaceAll("[%_\\\\]", "") + "%")
                        .toArray(String[]::new))
                .param("text", String.join(" or ", keywords))
                .query(Long.class).single();
    }
}
