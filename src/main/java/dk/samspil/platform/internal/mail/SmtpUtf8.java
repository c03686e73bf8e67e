package dk.samspil.platform.internal.mail;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.NoSuchProviderException;
import jakarta.mail.Provider;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Addresses with letters outside ASCII ({@code søren@firma.dk}, {@code kontakt@blomster-på-ærø.dk}).
 * <ul>
 * <li>A domain goes out in its ASCII form (IDNA, {@code xn--…}), which every mail server takes.</li>
 * <li>A local part needs SMTPUTF8 (RFC 6531): the sender's session allows UTF-8 ({@code mail.mime.allowutf8}), so
 *     Angus Mail declares SMTPUTF8 when the server offers it; when the server does not, {@link SmtpUtf8Transport}
 *     refuses the message as a permanent failure instead of sending an address the server cannot read.</li>
 * </ul>
 * Headers stay ASCII otherwise: the sender writes address headers itself, since with {@code mail.mime.allowutf8}
 * Jakarta Mail would write display names as raw UTF-8.
 */
@Component
class SmtpUtf8 implements BeanPostProcessor {

    static final String EXTENSION = "SMTPUTF8";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof JavaMailSenderImpl sender) {
            install(sender);
        }
        return bean;
    }

    /** Lets the sender's session send UTF-8 and makes its transport ({@code smtp} or {@code smtps}) check the server. */
    static void install(JavaMailSenderImpl sender) {
        Properties properties = sender.getJavaMailProperties();
        properties.setProperty("mail.mime.allowutf8", "true");
        sender.setJavaMailProperties(properties);
        Session session = sender.getSession();
        // The protocol JavaMailSenderImpl.getTransport asks the session for
        String protocol = sender.getProtocol();
        if (protocol == null) {
            protocol = session.getProperty("mail.transport.protocol");
        }
        if (protocol == null) {
            protocol = JavaMailSenderImpl.DEFAULT_PROTOCOL;
        }
        try {
            session.setProvider(new Provider(
                    Provider.Type.TRANSPORT, protocol, SmtpUtf8Transport.class.getName(), "Samspil", null));
        } catch (NoSuchProviderException e) {
            throw new IllegalStateException("Cannot use the SMTPUTF8 check for " + protocol, e);
        }
    }

    /** Refuses the message when an envelope address needs SMTPUTF8 and the server does not offer it. */
    static void requireSupport(boolean serverOffersIt, Message message, Address[] recipients)
            throws MessagingException {
        if (serverOffersIt) {
            return;
        }
        List<Address> needing = new ArrayList<>();
        Address[] from = message.getFrom();
        for (Address[] addresses : new Address[][] {from, recipients}) {
            for (Address address : addresses == null ? new Address[0] : addresses) {
                if (address instanceof InternetAddress internet && !isAscii(internet.getAddress())) {
                    needing.add(address);
                }
            }
        }
        if (!needing.isEmpty()) {
            Address[] invalid = needing.toArray(new Address[0]);
            throw new SendFailedException(
                    "The mail server does not offer " + EXTENSION + " (RFC 6531), which "
                            + InternetAddress.toUnicodeString(invalid) + " needs: letters outside ASCII before the @",
                    null,
                    new Address[0],
                    new Address[0],
                    invalid);
        }
    }

    /** The address with its domain in ASCII (IDNA); the local part as it is. */
    static String asciiDomain(String address) throws AddressException {
        int at = address.lastIndexOf('@');
        if (at < 0 || isAscii(address.substring(at + 1))) {
            return address;
        }
        try {
            return address.substring(0, at + 1) + IDN.toASCII(address.substring(at + 1));
        } catch (IllegalArgumentException e) {
            throw new AddressException("The domain cannot be written in ASCII: " + e.getMessage(), address);
        }
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 0x80);
    }
}
