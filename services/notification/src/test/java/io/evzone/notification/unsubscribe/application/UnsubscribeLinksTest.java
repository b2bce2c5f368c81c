package io.evzone.notification.unsubscribe.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.evzone.notification.delivery.domain.Channel;
import io.evzone.notification.delivery.domain.Delivery;
import io.evzone.notification.delivery.domain.TestDeliveries;
import io.evzone.notification.delivery.providers.SmtpEmailSender;
import io.evzone.notification.delivery.providers.SmtpServer;
import io.evzone.notification.preferences.domain.Category;
import io.evzone.notification.preferences.domain.Preferences;
import io.evzone.notification.preferences.domain.UserPreferences;
import io.evzone.notification.templates.domain.RenderedMessage;
import io.evzone.notification.unsubscribe.domain.UnsubscribeToken;
import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each non-security email carries a signed one-click link; following it turns off email for that category only. */
class UnsubscribeLinksTest {

    private static final String ENDPOINT = "https://evzone.test/api/v1/notifications/unsubscribe";

    private final Map<String, Preferences> saved = new HashMap<>();
    private final UserPreferences preferences = new UserPreferences() {
        @Override
        public Preferences of(String userId) {
            return saved.getOrDefault(userId, Preferences.defaults(userId));
        }

        @Override
        public void save(Preferences chosen) {
            saved.put(chosen.userId(), chosen);
        }
    };
    private final Unsubscribe unsubscribe =
            new Unsubscribe(new UnsubscribeToken("0123456789abcdef0123456789abcdef".getBytes()), preferences, ENDPOINT);
    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private SmtpEmailSender email;

    @BeforeEach
    void start() {
        smtp.start();
        email = new SmtpEmailSender(
                SmtpServer.local(smtp.getSmtp().getPort()).sender(), "EVZone <no-reply@x.test>", "t", unsubscribe);
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void aBillingEmailCarriesTheOneClickLinkWhichTurnsOffBillingEmailOnly() throws Exception {
        email.send(delivery("BILLING"), message());

        MimeMessage mail = smtp.getReceivedMessages()[0];
        String header = mail.getHeader("List-Unsubscribe", null);
        assertThat(header).startsWith("<" + ENDPOINT + "?token=").endsWith(">");
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        String link = header.substring(1, header.length() - 1);
        assertThat(GreenMailUtil.getWholeMessage(mail)).contains("Unsubscribe from these emails: ");

        String token = URLDecoder.decode(link.substring(link.indexOf("token=") + 6), StandardCharsets.UTF_8);
        assertThat(unsubscribe.apply(token)).contains(new UnsubscribeToken.Subject("u1", Category.BILLING));

        assertThat(preferences.of("u1").channelsFor(Category.BILLING)).containsExactly(Channel.IN_APP);
        assertThat(preferences.of("u1").channelsFor(Category.OPERATIONS)).contains(Channel.EMAIL);
    }

    @Test
    void aSecurityEmailHasNoLinkAndASecurityTokenIsRefused() throws Exception {
        email.send(delivery("SECURITY"), message());

        assertThat(smtp.getReceivedMessages()[0].getHeader("List-Unsubscribe")).isNull();
        String token =
                new UnsubscribeToken("0123456789abcdef0123456789abcdef".getBytes()).sign("u1", Category.SECURITY);
        assertThat(unsubscribe.apply(token)).isEmpty();
        assertThat(saved).isEmpty();
    }

    @Test
    void anAlteredOrForeignTokenIsRefused() {
        String token = new UnsubscribeToken("0123456789abcdef0123456789abcdef".getBytes()).sign("u1", Category.BILLING);
        String otherUser =
                new UnsubscribeToken("0123456789abcdef0123456789abcdef".getBytes()).sign("u2", Category.BILLING);
        String forged = otherUser.substring(0, otherUser.indexOf('.')) + token.substring(token.indexOf('.'));
        String foreign =
                new UnsubscribeToken("another secret of thirty-two bytes!".getBytes()).sign("u1", Category.BILLING);

        assertThat(unsubscribe.apply(forged)).isEmpty();
        assertThat(unsubscribe.apply(foreign)).isEmpty();
        assertThat(unsubscribe.apply("garbage")).isEmpty();
        assertThat(saved).isEmpty();
    }

    private static Delivery delivery(String category) {
        return TestDeliveries.sending(Channel.EMAIL, "ada@example.test", "t", Map.of("category", category));
    }

    private static RenderedMessage message() {
        return new RenderedMessage("Your invoice", "plain body", "<html><body><p>html</p></body></html>", "b");
    }
}
