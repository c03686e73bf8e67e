package dk.samspil.platform;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the unread mails of an IMAP mailbox once (answers, bounces): each unread mail is handed to the caller and then
 * marked read, also when the caller could not use it, so a broken mail is not read again and again. The caller keeps
 * its own record of what it took in (by Message-ID), so a second read (another instance, a mail marked unread again)
 * changes nothing.
 */
@Component
public class MailboxReader {

    private static final Logger log = LoggerFactory.getLogger(MailboxReader.class);

    /**
     * Where the mailbox is.
     *
     * @param protocol {@code imaps} (TLS) or {@code imap}
     */
    public record Mailbox(
            String host,
            int port,
            String protocol,
            @Nullable String username,
            @Nullable String password,
            String folder) {

        public Mailbox {
            if (!"imap".equals(protocol) && !"imaps".equals(protocol)) {
                throw new IllegalArgumentException("Mailbox protocol must be imap or imaps: " + protocol);
            }
        }
    }

    /** What the caller does with one mail; it returns whether it took the mail in. */
    @FunctionalInterface
    public interface Handler {
        boolean handle(MimeMessage message) throws Exception;
    }

    /**
     * Reads the unread mails once.
     *
     * @return how many the handler took in
     */
    public int readUnread(Mailbox mailbox, Handler handler) throws MessagingException {
        Properties props = new Properties();
        props.put("mail." + mailbox.protocol() + ".connectiontimeout", "10000");
        props.put("mail." + mailbox.protocol() + ".timeout", "30000");
        Session session = Session.getInstance(props);
        int taken = 0;
        try (Store store = session.getStore(mailbox.protocol())) {
            store.connect(mailbox.host(), mailbox.port(), mailbox.username(), mailbox.password());
            Folder folder = store.getFolder(mailbox.folder());
            folder.open(Folder.READ_WRITE);
            try {
                for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    try {
                        if (message instanceof MimeMessage mime && handler.handle(mime)) {
                            taken++;
                        }
                    } catch (Exception e) {
                        log.warn(
                                "Mail {} in {} could not be read: {}",
                                message.getMessageNumber(),
                                mailbox.folder(),
                                e.toString());
                    }
                    message.setFlag(Flags.Flag.SEEN, true);
                }
            } finally {
                folder.close(false);
            }
        }
        return taken;
    }
}
