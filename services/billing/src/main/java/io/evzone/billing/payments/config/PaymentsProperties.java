package io.evzone.billing.payments.config;

import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Payment settings ({@code evzone.billing.payments.*}). A provider is offered only once its
 * credentials are set; the local sandbox is on by default so a wallet can be topped up with no account.
 *
 * @param defaultProvider the provider of a payment that names no saved method
 * @param intentTtl how long a payer has to complete a payment
 * @param reconcileAfter a payment still pending this long is asked about by reconciliation
 * @param reconcileInterval how often reconciliation runs
 */
@Validated
@ConfigurationProperties("evzone.billing.payments")
public record PaymentsProperties(
        @DefaultValue("sandbox") @NotBlank String defaultProvider,
        @DefaultValue("30m") Duration intentTtl,
        @DefaultValue("15m") Duration reconcileAfter,
        @DefaultValue("5m") Duration reconcileInterval,
        @DefaultValue Sandbox sandbox,
        @DefaultValue Stripe stripe,
        @DefaultValue Flutterwave flutterwave,
        @DefaultValue Momo momo) {

    /**
     * The local sandbox: no money moves; a payment succeeds {@code completeAfter} after it was asked
     * for (zero: at once), found by a poll every {@code pollInterval}.
     */
    public record Sandbox(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("3s") Duration completeAfter,
            @DefaultValue("1s") Duration pollInterval) {}

    /** Stripe PaymentIntents: the secret API key, the webhook endpoint's signing secret. */
    public record Stripe(
            String apiKey,
            String webhookSecret,
            @DefaultValue("https://api.stripe.com") URI baseUrl,
            @DefaultValue("5m") Duration signatureTolerance,
            @DefaultValue("10s") Duration timeout) {}

    /** Flutterwave v3: the secret key, and the secret hash the dashboard sends in {@code verif-hash}. */
    public record Flutterwave(
            String secretKey,
            String secretHash,
            @DefaultValue("https://api.flutterwave.com") URI baseUrl,
            String redirectUrl,
            @DefaultValue("10s") Duration timeout) {}

    /** MTN MoMo Collections: API user and key, the product's subscription key, the target environment. */
    public record Momo(
            String apiUser,
            String apiKey,
            String subscriptionKey,
            @DefaultValue("sandbox") String targetEnvironment,

            @DefaultValue("https://sandbox.momodeveloper.mtn.com")
            URI baseUrl,

            String callbackUrl,
            @DefaultValue("10s") Duration timeout) {}
}
