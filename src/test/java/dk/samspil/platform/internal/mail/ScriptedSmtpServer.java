package dk.samspil.platform.internal.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal SMTP server for the failures a real server gives: it answers {@code RCPT TO} for a mailbox starting
 * with {@code bounce} with {@code 550} (unknown user) and for one starting with {@code busy} with {@code 451}
 * (try again later); every other recipient is accepted and the message discarded.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket socket;

    private ScriptedSmtpServer(ServerSocket socket) {
        this.socket = socket;
    }

    static ScriptedSmtpServer start() {
        try {
            ScriptedSmtpServer server =
                    new ScriptedSmtpServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
            Thread acceptor = new Thread(server::acceptConnections, "scripted-smtp");
            acceptor.setDaemon(true);
            acceptor.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return socket.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private void acceptConnections() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                Thread handler = new Thread(() -> converse(connection), "scripted-smtp-session");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void converse(Socket connection) {
        try (connection;
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter out = new PrintWriter(connection.getOutputStream(), true, StandardCharsets.UTF_8)) {
            reply(out, "220 scripted ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    reply(out, "250 scripted");
                } else if (command.startsWith("RCPT TO:<BOUNCE")) {
                    reply(out, "550 5.1.1 Recipient address rejected: user unknown");
                } else if (command.startsWith("RCPT TO:<BUSY")) {
                    reply(out, "451 4.3.0 Temporary local problem, try again later");
                } else if (command.startsWith("DATA")) {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        // the content does not matter here
                    }
                    reply(out, "250 2.0.0 Ok: queued");
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 2.0.0 Bye");
                    return;
                } else {
                    reply(out, "250 2.0.0 Ok");
                }
            }
        } catch (IOException ignored) {
            // the client went away
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }
}
