package io.evzone.notification.shared.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * SMS providers ({@code evzone.notification.sms.*}). A provider is used when its credentials are set; with none, the
 * service sends no SMS (requests for one fail with the reason).
 *
 * @param primary the provider tried first, {@code twilio} (default) or {@code africas-talking}; the other is the
 *     fallback
 */
@ConfigurationProperties("evzone.notification.sms")
public record SmsProperties(String primary, Twilio twilio, AfricasTalking africasTalking) {

    /** @param baseUrl the API's address, for tests and regional endpoints */
    public record Twilio(String accountSid, String authToken, String from, String statusCallback, String baseUrl) {

        public Twilio {
            baseUrl = baseUrl == null ? "https://api.twilio.com" : baseUrl;
        }

        public boolean configured() {
            return accountSid != null && !accountSid.isBlank() && authToken != null && from != null;
        }
    }

    /**
     * @param from a registered sender id or short code, or null for the provider's default
     * @param callbackToken the secret the delivery report URL registered with the provider carries as ?token=
     */
    public record AfricasTalking(String username, String apiKey, String from, String baseUrl, String callbackToken) {

        public AfricasTalking {
            baseUrl = baseUrl == null ? "https://api.africastalking.com" : baseUrl;
        }

        public boolean configured() {
            return username != null && !username.isBlank() && apiKey != null && !apiKey.isBlank();
        }
    }

    public SmsProperties {
        primary = primary == null ? "twilio" : primary;
        twilio = twilio == null ? new Twilio(null, null, null, null, null) : twilio;
        africasTalking = africasTalking == null ? new AfricasTalking(null, null, null, null, null) : africasTalking;
    }
}
