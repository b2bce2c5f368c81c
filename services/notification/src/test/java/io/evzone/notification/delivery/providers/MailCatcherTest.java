package io.evzone.notification.delivery.providers;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.notification.delivery.application.UnsubscribeLinks;
import io.evzone.notification.delivery.domain.Channel;
import io.evzone.notification.delivery.domain.Delivery;
import io.evzone.notification.delivery.domain.SendOutcome;
import io.evzone.notification.delivery.domain.TestDeliveries;
import io.evzone.notification.templates.domain.RenderedMessage;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The local mail catcher receives what the SMTP sender sends and shows it whole. */
class MailCatcherTest {

    @Test
    void showsSentMailWithItsTextAndHtml() {
        try (MailCatcher catcher = MailCatcher.start(0)) {
            var sender = new SmtpEmailSender(
                    SmtpServer.local(catcher.port()).sender(),
                    "EVZone <no-reply@x.test>",
                    "t",
                    UnsubscribeLinks.none());
            Delivery delivery = TestDeliveries.sending(Channel.EMAIL, "ada@example.test", "t", Map.of());

            SendOutcome outcome = sender.send(delivery, new RenderedMessage("Hi", "plain body", "<p>html</p>", "b"));

            assertThat(outcome).isEqualTo(new SendOutcome.Sent("smtp", "<" + delivery.id() + "@t>"));
            CaughtMail mail = catcher.messages(10, 0).getFirst();
            assertThat(mail.subject()).isEqualTo("Hi");
            assertThat(mail.to()).containsExactly("ada@example.test");
            assertThat(mail.text()).contains("plain body");
            assertThat(mail.html()).contains("<p>html</p>");
            assertThat(mail.messageId()).isEqualTo("<" + delivery.id() + "@t>");
        }
    }

    @Test
    void parsesSmtpUrls() {
        assertThat(SmtpServer.parse("smtps://user%40x:p%3Ass@mail.example.test"))
                .isEqualTo(new SmtpServer("mail.example.test", 465, true, "user@x", "p:ss"));
        assertThat(SmtpServer.parse("smtp://localhost:2525"))
                .isEqualTo(new SmtpServer("localhost", 2525, false, null, null));
    }
}
