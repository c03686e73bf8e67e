import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Seeds a year of realistic volumes for bench/status-pack straight into Samspil's database: published entries,
 * alert deliveries (with their subscribers), company visits (with their companies), inquiries, events with
 * registrations and network meetings, all in 2026 — the year the demo agreement's November 2026 pack covers.
 * Usage: java -cp postgresql.jar bench/StatusPackSeed.java JDBC_URL SCALE (1 = 500 entries, 20,000 alerts,
 * 2,000 visits, 800 inquiries)
 */
public class StatusPackSeed {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        double scale = Double.parseDouble(args[1]);
        int entries = (int) (500 * scale);
        int alerts = (int) (20_000 * scale);
        int visits = (int) (2_000 * scale);
        int inquiries = (int) (800 * scale);
        int companies = Math.max(1, visits / 4);
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
                Statement st = db.createStatement()) {
            // a day of 2026 for row i out of n
            String day = "(DATE '2026-01-01' + ((i * 331) % 365))";
            st.execute(("""
                    INSERT INTO planned_procurement (reference, title, cpv_codes, contract_type, value_kind, procedure,
                        expected_publication, expected_from, expected_to, status, created_at, updated_at, published_at)
                    SELECT 'PACK-' || i, 'Rengøring af skoler (' || i || ')', ARRAY['90910000'], 'SERVICES', 'UNKNOWN',
                        'NATIONAL', '2027-Q1', DATE '2027-01-01', DATE '2027-03-31', 'PUBLISHED',
                        %s::timestamptz, %s::timestamptz, %s::timestamptz + interval '9 hours'
                    FROM generate_series(1, %d) i""").formatted(day, day, day, entries));
            st.execute("""
                    INSERT INTO alert_subscriber (email, company_cvr, created_at)
                    SELECT 'pack' || i || '@example.dk', CASE WHEN i %% 3 = 0 THEN NULL ELSE (10000000 + i)::text END,
                        TIMESTAMPTZ '2025-12-01'
                    FROM generate_series(1, %d) i ON CONFLICT DO NOTHING""".formatted(Math.max(1, alerts / 20)));
            st.execute(("""
                    INSERT INTO alert_delivery (subscriber_id, procurement_reference, kind, change_key, frequency,
                        content, status, outbox_id, created_at, queued_at)
                    SELECT s.id, 'PACK-' || (1 + i %% %d), 'NEW_ENTRY', 'pack:' || i, 'DAILY', '{}'::jsonb, 'QUEUED',
                        900000000 + i / 2, %s::timestamptz, %s::timestamptz + interval '7 hours'
                    FROM generate_series(1, %d) i
                    JOIN alert_subscriber s ON s.email = 'pack' || (1 + i %% %d) || '@example.dk'""")
                    .formatted(Math.max(1, entries), day, day, alerts, Math.max(1, alerts / 20)));
            st.execute("""
                    INSERT INTO company (cvr, name, created_at, updated_at)
                    SELECT (20000000 + i)::text, 'Pakke ' || i || ' ApS', now(), now()
                    FROM generate_series(1, %d) i ON CONFLICT DO NOTHING""".formatted(companies));
            st.execute(("""
                    INSERT INTO company_note (company_id, visit_date, author, author_org, topics, title, notes,
                        shared_with, created_at)
                    SELECT c.id, %s, 'konsulent@example.dk', 'BUSINESS_CENTRE',
                        ARRAY[(ARRAY['GROWTH', 'RECRUITMENT', 'INTERNATIONAL', 'ENERGY', 'FINANCING'])[1 + i %% 5]],
                        'Besøg', 'Noter fra besøget.', 'ALL', now()
                    FROM generate_series(1, %d) i JOIN company c ON c.cvr = (20000000 + 1 + i %% %d)::text""")
                    .formatted(day, visits, companies));
            st.execute(("""
                    INSERT INTO inquiry (case_number, channel, from_name, subject, message, received_on, queue, status,
                        acknowledge_by, answer_by, answered_on, created_at)
                    SELECT 'PACK-' || i, (ARRAY['WEB', 'EMAIL', 'PHONE'])[1 + i %% 3], 'Borger ' || i, 'Spørgsmål',
                        'Et spørgsmål om erhvervsservice.', %s, 'CONSULTANTS',
                        CASE WHEN i %% 10 = 0 THEN 'RECEIVED' ELSE 'ANSWERED' END,
                        %s + 2, %s + 10, CASE WHEN i %% 10 = 0 THEN NULL ELSE %s + (i %% 14) END, now()
                    FROM generate_series(1, %d) i ON CONFLICT DO NOTHING""")
                    .formatted(day, day, day, day, inquiries));
            st.execute(("""
                    INSERT INTO engagement_event (type, title, starts_at, ends_at, place, status, created_by, created_at,
                        updated_at)
                    SELECT (ARRAY['OPI_WORKSHOP', 'MARKET_DIALOGUE'])[1 + i %% 2], 'Workshop ' || i,
                        %s::timestamptz + interval '13 hours', %s::timestamptz + interval '16 hours', 'Slagelse',
                        'PUBLISHED', 'bench', now(), now()
                    FROM generate_series(1, %d) i""").formatted(day, day, Math.max(1, (int) (24 * scale))));
            st.execute("ANALYZE");
        }
        System.err.printf(
                "Seeded %d entries, %d alert deliveries, %d visits to %d companies, %d inquiries%n",
                entries, alerts, visits, companies, inquiries);
    }
}
