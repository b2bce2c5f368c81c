package io.evzone.notification.delivery.providers;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A message the local mail catcher received, as the admin mailbox shows it. */
public record CaughtMail(
        String messageId, String from, List<String> to, String subject, String text, String html, Instant receivedAt) {

    static CaughtMail of(MimeMessage message) throws MessagingException, IOException {
        var recipients = message.getRecipients(Message.RecipientType.TO);
        return new CaughtMail(
                message.getMessageID(),
                message.getFrom() == null ? null : message.getFrom()[0].toString(),
                recipients == null
                        ? List.of()
                        : Arrays.stream(recipients).map(Object::toString).toList(),
                message.getSubject(),
                part(message, "text/plain"),
                part(message, "text/html"),
                message.getReceivedDate() == null
                        ? Instant.EPOCH
                        : message.getReceivedDate().toInstant());
    }

    private static String part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = part(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
