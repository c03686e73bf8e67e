package dk.samspil.platform.internal.mail;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Angus Mail's SMTP (and SMTPS) transport that refuses, before sending anything, a message whose addresses need
 * SMTPUTF8 when the server does not offer it: sent anyway, the address would reach the server as bytes it did
 * not agree to read. Public because Jakarta Mail creates it by reflection; see {@link SmtpUtf8}.
 */
public class SmtpUtf8Transport extends SMTPTransport {

    public SmtpUtf8Transport(Session session, URLName url) {
        super(session, url, protocol(url), protocol(url).equals("smtps"));
    }

    @Override
    public synchronized void sendMessage(Message message, Address[] addresses) throws MessagingException {
        SmtpUtf8.requireSupport(supportsExtension("SMTPUTF8"), message, addresses);
        super.sendMessage(message, addresses);
    }

    private static String protocol(URLName url) {
        return url == null || url.getProtocol() == null ? "smtp" : url.getProtocol();
    }
}
