package dk.samspil.platform;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Read-only look into the {@link MailOutbox}: what was mailed, and whether it arrived at the mail server. */
public interface MailLog {

    /**
     * The newest messages to an address (compared case-insensitively) whose category starts with
     * {@code categoryPrefix} (e.g. {@code alerts.}), newest first.
     */
    List<MailStatus> forRecipient(String email, String categoryPrefix, int limit);

    /** The messages with these outbox ids; ids of messages that no longer exist are left out. */
    Map<Long, MailStatus> byIds(Collection<Long> ids);
}
