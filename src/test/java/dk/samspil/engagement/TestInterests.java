package dk.samspil.engagement;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Inserts confirmed expressions of interest straight into the table, for tests of what staff see of them. */
public final class TestInterests {

    private TestInterests() {}

    /**
     * A confirmed interest, confirmed now.
     *
     * @param partner whether the company opted in to partner finding (and is visible to other partner seekers)
     */
    public static long confirmed(JdbcClient jdbc, String reference, String company, String email, boolean partner) {
        return jdbc.sql("""
                        INSERT INTO engagement_interest (procurement_reference, company_name, company_cvr, contact_name,
                            email, phone, partner_sought, partner_visible, capabilities, seeking, language, status,
                            created_at, confirmed_at, consent_text_version, consent_at, consent_source)
                        VALUES (:reference, :company, '29188548', 'Hanne Hansen', :email, '58 57 36 10', :partner,
                            :partner, CASE WHEN :partner THEN 'Vi har 12 VVS-montører' END,
                            CASE WHEN :partner THEN 'En el-installatør' END, 'da', 'CONFIRMED', now(), now(),
                            'interesse-2026-11', now(), 'WEB')
                        RETURNING id""")
                .param("reference", reference)
                .param("company", company)
                .param("email", email)
                .param("partner", partner)
                .query(Long.class)
                .single();
    }
}
