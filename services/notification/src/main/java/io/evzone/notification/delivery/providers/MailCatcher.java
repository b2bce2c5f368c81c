package io.evzone.notification.delivery.providers;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local SMTP server that keeps every message it receives, started when no {@code SMTP_URL} is set: sent mail is
 * visible (through the admin mailbox endpoint) without an account anywhere.
 */
public class MailCatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MailCatcher.class);

    private final GreenMail server;

    private MailCatcher(GreenMail server) {
        this.server = server;
    }

    /** Starts on {@code port} of the loopback interface; 0 picks a free one. */
    public static MailCatcher start(int port) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail server = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        server.start();
        MailCatcher catcher = new MailCatcher(server);
        log.info(
                "No SMTP_URL set: mail is caught by a local SMTP server on 127.0.0.1:{} and listed at"
                        + " GET /api/v1/admin/mailbox",
                catcher.port());
        return catcher;
    }

    public int port() {
        return server.getSmtp().getPort();
    }

    /** The newest messages first. */
    public List<CaughtMail> messages(int limit, int offset) {
        return Arrays.stream(server.getReceivedMessages())
                .map(MailCatcher::read)
                .sorted(Comparator.comparing(CaughtMail::receivedAt).reversed())
                .skip(offset)
                .limit(limit)
                .toList();
    }

    private static CaughtMail read(MimeMessage message) {
        try {
            return CaughtMail.of(message);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("A caught message cannot be read", e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
