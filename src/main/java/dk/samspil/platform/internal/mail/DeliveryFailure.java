package dk.samspil.platform.internal.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/**
 * Why a delivery failed and whether trying again can help. A 5xx reply from the mail server or an address that
 * cannot be parsed is permanent; a 4xx reply, a refused connection or a timeout is temporary.
 */
record DeliveryFailure(boolean permanent, String reason) {

    private static final int MAX_REASON_LENGTH = 1000;
    /** Angus Mail's SMTP exceptions carry the server's reply as their message, e.g. {@code 550 5.1.1 Unknown user}. */
    private static final Pattern SMTP_REPLY = Pattern.compile("^([45])\\d\\d[ -]");

    static DeliveryFailure of(Exception exception) {
        Throwable root = exception instanceof MailSendException send
                        && !send.getFailedMessages().isEmpty()
                ? send.getFailedMessages().values().iterator().next()
                : exception;
        for (Throwable cause = root; cause != null; cause = cause.getCause()) {
            Matcher reply = cause instanceof MessagingException && cause.getMessage() != null
                    ? SMTP_REPLY.matcher(cause.getMessage().strip())
                    : null;
            if (reply != null && reply.find()) {
                return new DeliveryFailure(reply.group(1).equals("5"), reason(cause));
            }
        }
        for (Throwable cause = root; cause != null; cause = cause.getCause()) {
            if (cause instanceof AddressException
                    || cause instanceof MailParseException
                    || cause instanceof MailPreparationException
                    || cause instanceof SendFailedException failed && hasInvalidAddresses(failed)) {
                return new DeliveryFailure(true, reason(cause));
            }
        }
        return new DeliveryFailure(false, reason(deepest(root)));
    }

    private static boolean hasInvalidAddresses(SendFailedException failed) {
        return failed.getInvalidAddresses() != null && failed.getInvalidAddresses().length > 0;
    }

    private static Throwable deepest(Throwable throwable) {
        Throwable cause = throwable;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String reason(Throwable cause) {
        String text = cause.getClass().getSimpleName() + ": "
                + String.valueOf(cause.getMessage()).strip();
        return text.length() <= MAX_REASON_LENGTH ? text : text.substring(0, MAX_REASON_LENGTH);
    }
}
