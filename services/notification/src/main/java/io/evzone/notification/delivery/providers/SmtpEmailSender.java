package io.evzone.notification.delivery.providers;

import io.evzone.notification.delivery.application.ChannelSender;
import io.evzone.notification.delivery.application.UnsubscribeLinks;
import io.evzone.notification.delivery.domain.Channel;
import io.evzone.notification.delivery.domain.Delivery;
import io.evzone.notification.delivery.domain.SendOutcome;
import io.evzone.notification.templates.domain.RenderedMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.web.util.HtmlUtils;

/**
 * Email over SMTP: a text and an HTML part. The Message-ID is derived from the delivery id, so a send repeated after
 * a crash carries the same id and mail systems that deduplicate on it show it once. Each sender thread keeps its SMTP
 * connection open across messages (see {@link SmtpConnections}): a handshake per email capped the send rate.
 */
public class SmtpEmailSender implements ChannelSender, AutoCloseable {

    static final String PROVIDER = "smtp";

    private final JavaMailSenderImpl mail;
    private final SmtpConnections connections;
    private final String from;
    private final String messageIdDomain;
    private final UnsubscribeLinks unsubscribeLinks;

    public SmtpEmailSender(
            JavaMailSenderImpl mail, String from, String messageIdDomain, UnsubscribeLinks unsubscribeLinks) {
        this.mail = mail;
        this.connections = new SmtpConnections(mail);
        this.from = from;
        this.messageIdDomain = messageIdDomain;
        this.unsubscribeLinks = unsubscribeLinks;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public SendOutcome send(Delivery delivery, RenderedMessage message) {
        String messageId = "<" + delivery.id() + "@" + messageIdDomain + ">";
        MimeMessage mime;
        try {
            mime = compose(delivery, message, messageId);
        } catch (MessagingException e) {
            return new SendOutcome.Rejected("email: " + e.getMessage());
        }
        try {
            connections.send(mime);
            return new SendOutcome.Sent(PROVIDER, messageId);
        } catch (SendFailedException e) {
            return e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0
                    ? new SendOutcome.Rejected("recipient: the SMTP server refused " + delivery.address())
                    : new SendOutcome.Retryable("smtp: " + e.getMessage());
        } catch (MessagingException e) {
            return new SendOutcome.Retryable("smtp: " + e.getMessage());
        }
    }

    private MimeMessage compose(Delivery delivery, RenderedMessage message, String messageId)
            throws MessagingException {
        MimeMessage mime = new FixedIdMessage(mail.getSession(), messageId);
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(delivery.address());
        helper.setSubject(message.subject());
        Optional<String> unsubscribe = unsubscribeLinks.linkFor(delivery);
        if (unsubscribe.isPresent()) {
            String link = unsubscribe.get();
            // RFC 2369 §3.2 and RFC 8058 §3.1: mail clients offer a one-click unsubscribe that POSTs to the link
            mime.setHeader("List-Unsubscribe", "<" + link + ">");
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            helper.setText(
                    message.text() + "\n\nUnsubscribe from these emails: " + link, withFooter(message.html(), link));
        } else {
            helper.setText(message.text(), message.html());
        }
        mime.saveChanges();
        return mime;
    }

    @Override
    public void close() {
        connections.close();
    }

    private static String withFooter(String html, String link) {
        String footer = "<p><a href=\"" + HtmlUtils.htmlEscape(link) + "\">Unsubscribe</a> from these emails.</p>";
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + footer : html.substring(0, end) + footer + html.substring(end);
    }

    /** A message whose Message-ID is set by the sender rather than generated when it is saved. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(jakarta.mail.Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
