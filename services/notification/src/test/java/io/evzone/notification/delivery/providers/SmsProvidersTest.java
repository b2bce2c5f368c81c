package io.evzone.notification.delivery.providers;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.evzone.notification.delivery.application.SmsSender;
import io.evzone.notification.delivery.domain.Channel;
import io.evzone.notification.delivery.domain.Delivery;
import io.evzone.notification.delivery.domain.DeliveryStatus;
import io.evzone.notification.delivery.domain.SendOutcome;
import io.evzone.notification.templates.domain.RenderedMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Twilio first, Africa's Talking when Twilio is in trouble, against their HTTP APIs played by WireMock. */
class SmsProvidersTest {

    private static final String TWILIO = "/2010-04-01/Accounts/AC1/Messages.json";
    private static final String AT = "/version1/messaging";
    private static final WireMockServer API = new WireMockServer(options().dynamicPort());

    private SmsSender sms;

    @BeforeAll
    static void start() {
        API.start();
    }

    @AfterAll
    static void stop() {
        API.stop();
    }

    @BeforeEach
    void providers() {
        API.resetAll();
        String base = "http://localhost:" + API.port();
        JsonMapper json = JsonMapper.builder().build();
        sms = new SmsSender(List.of(
                new TwilioSms(new TwilioSms.Account(base, "AC1", "token", "+15005550006", null), json),
                new AfricasTalkingSms(new AfricasTalkingSms.Account(base, "sandbox", "key", null), json)));
    }

    @Test
    void sendsThroughTwilioWithBasicAuthAndKeepsItsSid() {
        API.stubFor(post(urlEqualTo(TWILIO))
                .willReturn(aResponse().withStatus(201).withBody("{\"sid\":\"SM123\",\"status\":\"queued\"}")));

        assertThat(send()).isEqualTo(new SendOutcome.Sent("twilio", "SM123"));
        API.verify(postRequestedFor(urlEqualTo(TWILIO))
                .withHeader("Authorization", equalTo("Basic QUMxOnRva2Vu"))
                .withRequestBody(containing("To=%2B256772123456"))
                .withRequestBody(containing("Body=Charging+finished")));
    }

    @Test
    void fallsBackToAfricasTalkingWhenTwilioIsInTrouble() {
        API.stubFor(post(urlEqualTo(TWILIO)).willReturn(aResponse().withStatus(503)));
        API.stubFor(post(urlEqualTo(AT))
                .withHeader("apiKey", equalTo("key"))
                .willReturn(aResponse().withStatus(201).withBody("""
                        {"SMSMessageData":{"Message":"Sent to 1/1","Recipients":[{"statusCode":101,
                         "number":"+256772123456","status":"Success","cost":"UGX 30","messageId":"ATXid_1"}]}}""")));

        assertThat(send()).isEqualTo(new SendOutcome.Sent("africas-talking", "ATXid_1"));
        API.verify(postRequestedFor(urlEqualTo(AT)).withRequestBody(containing("username=sandbox")));
    }

    @Test
    void aNumberTwilioRefusesIsNotTriedElsewhere() {
        API.stubFor(post(urlEqualTo(TWILIO))
                .willReturn(aResponse().withStatus(400).withBody("{\"code\":21211,\"message\":\"Invalid 'To'\"}")));

        assertThat(send()).isInstanceOf(SendOutcome.Rejected.class);
        API.verify(0, postRequestedFor(urlEqualTo(AT)));
    }

    @Test
    void whenEveryProviderIsInTroubleTheSendIsRetriedLater() {
        API.stubFor(post(urlEqualTo(TWILIO)).willReturn(aResponse().withStatus(500)));
        API.stubFor(post(urlEqualTo(AT)).willReturn(aResponse().withStatus(502)));

        assertThat(send())
                .isInstanceOfSatisfying(
                        SendOutcome.Retryable.class,
                        retry -> assertThat(retry.reason())
                                .contains("twilio: HTTP 500")
                                .contains("africas-talking: HTTP 502"));
    }

    private SendOutcome send() {
        Delivery delivery = new Delivery(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "u",
                Channel.SMS,
                "+256772123456",
                "session.stopped",
                "en",
                Map.of(),
                DeliveryStatus.SENDING,
                1,
                null,
                null,
                null,
                Instant.now(),
                Instant.now());
        return sms.send(delivery, new RenderedMessage("s", "t", "h", "Charging finished"));
    }
}
