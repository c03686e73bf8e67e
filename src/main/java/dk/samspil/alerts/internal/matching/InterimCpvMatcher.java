package dk.samspil.alerts.internal.matching;

import java.sql.Array;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A stand-in for the matching engine while it is built elsewhere: active follow subscriptions by reference and
 * criteria subscriptions by CPV prefix, straight from the database. Keywords and filters are not looked at.
 */
@Component
class InterimCpvMatcher implements SubscriptionMatcher {

    private final JdbcClient jdbc;

    InterimCpvMatcher(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SubscriptionMatch> match(MatchTarget target, String notifyOn) {
        String[] references = target.references().toArray(String[]::new);
        String[] cpvCodes = target.cpvCodes().toArray(String[]::new);
        return jdbc.sql("""
                        SELECT id, subscriber_id, frequency, kind, procurement_reference, cpv_codes
                        FROM alert_subscription s
                        WHERE status = 'ACTIVE' AND :notifyOn = ANY (notify_on)
                          AND ((kind = 'FOLLOW' AND procurement_reference = ANY (:references))
                            OR (kind = 'CRITERIA' AND EXISTS (
                                SELECT 1 FROM unnest(s.cpv_codes) AS c (code), unnest(CAST(:cpv AS text[])) AS t (code)
                                WHERE starts_with(t.code, rtrim(c.code, '0')))))
                        ORDER BY id""")
                .param("notifyOn", notifyOn).param("references", references).param("cpv", cpvCodes)
                .query((rs, row) -> {
                    List<MatchReason> reasons = new ArrayList<>();
                    if ("FOLLOW".equals(rs.getString("kind"))) {
                        String reference = rs.getString("procurement_reference");
                        reasons.add(new MatchReason(MatchReason.Kind.FOLLOW, reference, reference, null));
                    } else {
                        Array subscribed = rs.getArray("cpv_codes");
                        for (String code : (String[]) subscribed.getArray()) {
                            for (String entryCode : target.cpvCodes()) {
                                if (entryCode.startsWith(stripZeros(code))) {
                                    reasons.add(new MatchReason(MatchReason.Kind.CPV, code, entryCode, null));
                                }
                            }
                        }
                    }
                    return new SubscriptionMatch(rs.getLong("id"), rs.getLong("subscriber_id"),
                            rs.getString("frequency"), reasons);
                })
                .list();
    }

    private static String stripZeros(String code) {
        int end = code.length();
        while (end > 0 && code.charAt(end - 1) == '0') {
            end--;
        }
        return code.substring(0, end);
    }
}
