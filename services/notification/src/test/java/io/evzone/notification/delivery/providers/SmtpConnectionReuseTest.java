package io.evzone.notification.delivery.providers;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.notification.delivery.application.UnsubscribeLinks;
import io.evzone.notification.delivery.domain.Channel;
import io.evzone.notification.delivery.domain.Delivery;
import io.evzone.notification.delivery.domain.SendOutcome;
import io.evzone.notification.delivery.domain.TestDeliveries;
import io.evzone.notification.templates.domain.RenderedMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A sender thread sends many emails over one SMTP connection: a handshake per email capped the send rate. */
class SmtpConnectionReuseTest {

    @Test
    void sendsConsecutiveEmailsOverOneConnection() throws IOException {
        try (MailCatcher catcher = MailCatcher.start(0);
                CountingForwarder forwarder = new CountingForwarder(catcher.port());
                var sender = new SmtpEmailSender(
                        SmtpServer.local(forwarder.port()).sender(), "no-reply@x.test", "t", UnsubscribeLinks.none())) {
            for (int i = 0; i < 5; i++) {
                Delivery delivery = TestDeliveries.sending(Channel.EMAIL, "ada" + i + "@example.test", "t", Map.of());
                SendOutcome outcome = sender.send(delivery, new RenderedMessage("Hi", "text", "<p>html</p>", "b"));
                assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
            }

            assertThat(catcher.messages(10, 0)).hasSize(5);
            assertThat(forwarder.connections()).hasValue(1);
        }
    }

    /** Passes TCP connections through to a port on the loopback interface, counting them. */
    private static final class CountingForwarder implements AutoCloseable {

        private final ServerSocket server;
        private final AtomicInteger connections = new AtomicInteger();

        CountingForwarder(int target) throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread.ofVirtual().start(() -> accept(target));
        }

        private void accept(int target) {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    connections.incrementAndGet();
                    Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                    pipe(client.getInputStream(), upstream.getOutputStream());
                    pipe(upstream.getInputStream(), client.getOutputStream());
                } catch (IOException e) {
                    return;
                }
            }
        }

        private static void pipe(InputStream from, OutputStream to) {
            Thread.ofVirtual().start(() -> {
                try (from;
                        to) {
                    from.transferTo(to);
                } catch (IOException e) {
                    // the other side hung up
                }
            });
        }

        int port() {
            return server.getLocalPort();
        }

        AtomicInteger connections() {
            return connections;
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
