package dk.samspil.alerts.internal.matching;

/**
 * Why a subscription matched, in data; mails turn it into text such as "CPV 45261210 Tagdækning ligger under jeres
 * 45000000 Bygge- og anlægsarbejder" or "ordet 'tag' i titlen".
 *
 * @param subscribed what the subscription holds: a CPV code, a keyword or phrase, or the followed reference
 * @param matched    what it met in the target: the entry's CPV code, or the word as written in the text
 * @param field      where a keyword was found; {@code null} for CPV and follow reasons
 */
public record MatchReason(Kind kind, String subscribed, String matched, Field field) {

    public enum Kind {
        CPV,
        KEYWORD,
        FOLLOW
    }

    public enum Field {
        TITLE,
        DESCRIPTION,
        LOT
    }
}
