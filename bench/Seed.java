import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * Seeds published planned procurements for bench/public-search straight into Samspil's database, in one statement.
 * Usage: java -cp postgresql.jar bench/Seed.java JDBC_URL COUNT
 * About nine in ten entries are about cleaning ("rengøring"), so the broad query matches most of them.
 */
public class Seed {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int count = Integer.parseInt(args[1]);
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
            try (Statement st = db.createStatement()) {
                st.execute("""
                        INSERT INTO buying_unit (code, name)
                        SELECT 'BENCH' || i, (ARRAY['Ejendomme', 'Ældre og Sundhed', 'Børn og Unge', 'Veje og Park',
                                'Digitalisering'])[i] || ' (bench)'
                        FROM generate_series(1, 5) i
                        ON CONFLICT DO NOTHING""");
            }
            String sql = """
                    INSERT INTO planned_procurement (reference, title, description, buying_unit_id, contact_name,
                        contact_email, contact_phone, cpv_codes, contract_type, value_kind, value_min_dkk, value_max_dkk,
                        procedure, expected_publication, expected_from, expected_to, duration_months, sme_suitable,
                        consortia_open, status, created_at, updated_at, published_at, last_changed_at)
                    SELECT 'BENCH-' || i,
                           CASE WHEN i % 10 = 0
                                THEN (ARRAY['Tagrenovering af', 'Vinduesudskiftning på', 'Energirenovering af',
                                            'Madservice til', 'IT-udstyr til'])[1 + i % 5]
                                ELSE (ARRAY['Rengøring af', 'Vinduespolering og rengøring af', 'Hovedrengøring af',
                                            'Daglig rengøring af', 'Rengøringsartikler til'])[1 + i % 5]
                           END || ' ' || (ARRAY['skoler i Slagelse', 'plejecentre', 'rådhuset', 'daginstitutioner',
                                                'idrætshaller', 'biblioteker', 'Korsør Rådhus', 'botilbud'])[1 + i % 8]
                               || ' (' || i || ')',
                           CASE WHEN i % 10 = 0
                                THEN 'Kommunen forventer at købe ydelsen for en periode på fire år med option på forlængelse.'
                                ELSE 'Opgaven omfatter daglig rengøring, vinduespolering og hovedrengøring af kommunens '
                                     || 'bygninger. Leverandøren skal bruge miljømærkede rengøringsmidler.'
                           END || E'\n\n' || 'Der forventes markedsdialog inden udbuddet. Små og mellemstore '
                               || 'virksomheder opfordres til at byde, også som konsortium.',
                           (SELECT id FROM buying_unit WHERE code = 'BENCH' || (1 + i % 5)),
                           'Mette Hansen', 'indkoeb@slagelse.dk', '58 57 36 00',
                           CASE WHEN i % 10 = 0 THEN ARRAY['45261210'] ELSE ARRAY['90910000', '90911200'] END,
                           'SERVICES', 'EXACT', 100000 * (1 + i % 400), 100000 * (1 + i % 400),
                           (ARRAY['EU_TENDER', 'NATIONAL', 'ADVERTISED_BELOW_THRESHOLD', 'FRAMEWORK_CALL_OFF'])[1 + i % 4],
                           to_char(q, 'YYYY') || '-Q' || to_char(q, 'Q'), q, (q + interval '3 months' - interval '1 day')::date,
                           24, i % 2 = 0, i % 3 = 0, 'PUBLISHED', now(), now(), now(), now() - i * interval '1 minute'
                    FROM (SELECT i, (date_trunc('quarter', now()) + ((i % 12) * 3) * interval '1 month')::date AS q
                          FROM generate_series(1, ?) i) g""";
            try (PreparedStatement insert = db.prepareStatement(sql)) {
                insert.setInt(1, count);
                insert.executeUpdate();
            }
            try (Statement st = db.createStatement()) {
                st.execute("ANALYZE planned_procurement");
            }
        }
    }
}
