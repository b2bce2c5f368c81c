package io.evzone.billing.payments.web;

import io.evzone.billing.payments.application.ReceiveWebhook;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/payments/webhooks")
@Tag(
        name = "Payment webhooks",
        description = "Called by payment providers, without a token: Stripe (Stripe-Signature, HMAC-SHA256 with a"
                + " timestamp tolerance), Flutterwave (verif-hash), MTN MoMo (callback confirmed by a status query)."
                + " Each provider event is stored once and applied to the ledger once.")
class WebhookController {

    private final ReceiveWebhook receive;

    WebhookController(ReceiveWebhook receive) {
        this.receive = receive;
    }

    record Received(boolean received, String outcome) {}

    @PostMapping("/{provider}")
    @Operation(summary = "A provider's event about a payment")
    @ApiResponse(responseCode = "200", description = "Stored (APPLIED, DUPLICATE or UNKNOWN_PAYMENT)")
    @ApiResponse(responseCode = "400", description = "Unknown provider, or a forged, stale or unreadable event (named)")
    Received receive(
            @PathVariable String provider, @RequestBody(required = false) String body, HttpServletRequest request) {
        Map<String, String> headers = new TreeMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), request.getHeader(name));
        }
        return new Received(
                true,
                receive.handle(provider, headers, body == null ? "" : body).name());
    }
}
