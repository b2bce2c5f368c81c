package io.evzone.notification.delivery.web;

import io.evzone.notification.delivery.domain.Deliveries;
import io.evzone.notification.delivery.providers.ProviderReceipts;
import io.evzone.notification.shared.config.SmsProperties;
import io.evzone.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications/callbacks")
@Tag(
        name = "Provider callbacks",
        description = "SMS providers' delivery receipts. Public, but a callback that cannot prove it comes from the"
                + " provider (Twilio's signature, the Africa's Talking callback token) is refused with 403.")
class ProviderCallbackController {

    private final Deliveries deliveries;
    private final SmsProperties sms;
    private final Clock clock;

    ProviderCallbackController(Deliveries deliveries, SmsProperties sms, Clock clock) {
        this.deliveries = deliveries;
        this.sms = sms;
        this.clock = clock;
    }

    @PostMapping(path = "/twilio", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Twilio status callback",
            description = "Signed with X-Twilio-Signature over the URL"
                    + " configured as evzone.notification.sms.twilio.status-callback.")
    @ApiResponse(responseCode = "403", description = "Missing or wrong signature")
    void twilio(
            @RequestParam Map<String, String> form,
            @RequestHeader(name = "X-Twilio-Signature", required = false) String signature) {
        SmsProperties.Twilio twilio = sms.twilio();
        if (!ProviderReceipts.twilioSignatureValid(twilio.authToken(), twilio.statusCallback(), form, signature)) {
            throw ApiException.forbidden("X-Twilio-Signature: not signed by the configured Twilio account");
        }
        record("twilio", ProviderReceipts.fromTwilio(form));
    }

    @PostMapping(path = "/africas-talking", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Africa's Talking delivery report",
            description = "The URL registered with the provider"
                    + " carries ?token= set to evzone.notification.sms.africas-talking.callback-token.")
    @ApiResponse(responseCode = "403", description = "Missing or wrong token")
    void africasTalking(@RequestParam Map<String, String> form) {
        if (!ProviderReceipts.tokenValid(sms.africasTalking().callbackToken(), form.get("token"))) {
            throw ApiException.forbidden("token: not the configured Africa's Talking callback token");
        }
        record("africas-talking", ProviderReceipts.fromAfricasTalking(form));
    }

    private void record(String provider, Optional<ProviderReceipts.Receipt> receipt) {
        receipt.ifPresent(
                r -> deliveries.recordReceipt(provider, r.providerId(), r.status(), r.reason(), clock.instant()));
    }
}
