package io.evzone.notification.it;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.evzone.platform.test.EvzoneIntegrationTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The notification service on the embedded infrastructure, sending email to a GreenMail SMTP server the tests read,
 * with retries seconds apart. Every IT extends it and so shares one context.
 */
@EvzoneIntegrationTest
@TestPropertySource(
        properties = {
            "evzone.notification.poll-interval=200ms",
            "evzone.notification.retry-base=200ms",
            "evzone.notification.retry-max=1s",
            "evzone.notification.max-attempts=3"
        })
abstract class NotificationServiceIT {

    static final GreenMail MAIL = startMailServer();

    static final String TWILIO_CALLBACK = "https://evzone.example.test/api/v1/notifications/callbacks/twilio";

    /** Twilio's and Africa's Talking's HTTP APIs. */
    static final WireMockServer SMS_API = startSmsApi();

    private static WireMockServer startSmsApi() {
        WireMockServer server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return server;
    }

    private static GreenMail startMailServer() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add(
                "evzone.notification.smtp-url",
                () -> "smtp://127.0.0.1:" + MAIL.getSmtp().getPort());
        registry.add("evzone.notification.sms.twilio.base-url", SMS_API::baseUrl);
        registry.add("evzone.notification.sms.twilio.account-sid", () -> "AC1");
        registry.add("evzone.notification.sms.twilio.auth-token", () -> "token");
        registry.add("evzone.notification.sms.twilio.from", () -> "+15005550006");
        registry.add("evzone.notification.sms.twilio.status-callback", () -> TWILIO_CALLBACK);
        registry.add("evzone.notification.sms.africas-talking.callback-token", () -> "at-secret");
        registry.add("evzone.notification.sms.africas-talking.base-url", SMS_API::baseUrl);
        registry.add("evzone.notification.sms.africas-talking.username", () -> "sandbox");
        registry.add("evzone.notification.sms.africas-talking.api-key", () -> "key");
    }
}
