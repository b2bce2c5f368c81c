package io.evzone.notification.delivery.providers;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One open SMTP connection per sending thread, reused for every message that thread sends. A connection the server
 * dropped while idle is noticed by the failed send, closed, and the message is sent once more on a fresh connection.
 */
class SmtpConnections implements AutoCloseable {

    private final JavaMailSenderImpl mail;
    private final ThreadLocal<Transport> perThread = new ThreadLocal<>();
    private final Queue<Transport> opened = new ConcurrentLinkedQueue<>();

    SmtpConnections(JavaMailSenderImpl mail) {
        this.mail = mail;
    }

    void send(MimeMessage message) throws MessagingException {
        Transport reused = perThread.get();
        if (reused != null) {
            try {
                reused.sendMessage(message, message.getAllRecipients());
                return;
            } catch (SendFailedException e) {
                throw e;
            } catch (MessagingException e) {
                discard(reused);
            }
        }
        Transport fresh = connect();
        try {
            fresh.sendMessage(message, message.getAllRecipients());
        } catch (SendFailedException e) {
            throw e;
        } catch (MessagingException e) {
            discard(fresh);
            throw e;
        }
    }

    private Transport connect() throws MessagingException {
        Transport transport = mail.getSession().getTransport(mail.getProtocol());
        transport.connect(mail.getHost(), mail.getPort(), mail.getUsername(), mail.getPassword());
        perThread.set(transport);
        opened.add(transport);
        return transport;
    }

    private void discard(Transport transport) {
        perThread.remove();
        opened.remove(transport);
        closeQuietly(transport);
    }

    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            // already broken: nothing left to release
        }
    }

    @Override
    public void close() {
        Transport transport;
        while ((transport = opened.poll()) != null) {
            closeQuietly(transport);
        }
    }
}
