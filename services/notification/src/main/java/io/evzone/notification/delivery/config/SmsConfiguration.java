package io.evzone.notification.delivery.config;

import io.evzone.notification.delivery.application.SmsProvider;
import io.evzone.notification.delivery.application.SmsSender;
import io.evzone.notification.delivery.providers.AfricasTalkingSms;
import io.evzone.notification.delivery.providers.TwilioSms;
import io.evzone.notification.shared.config.SmsProperties;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** SMS through the configured providers, the primary first. */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

    @Bean
    @Conditional(SmsProviderConfigured.class)
    SmsSender smsSender(SmsProperties properties, JsonMapper json) {
        List<SmsProvider> providers = new ArrayList<>();
        SmsProperties.Twilio twilio = properties.twilio();
        if (twilio.configured()) {
            providers.add(new TwilioSms(
                    new TwilioSms.Account(
                            twilio.baseUrl(),
                            twilio.accountSid(),
                            twilio.authToken(),
                            twilio.from(),
                            twilio.statusCallback()),
                    json));
        }
        SmsProperties.AfricasTalking at = properties.africasTalking();
        if (at.configured()) {
            providers.add(new AfricasTalkingSms(
                    new AfricasTalkingSms.Account(at.baseUrl(), at.username(), at.apiKey(), at.from()), json));
        }
        if ("africas-talking".equals(properties.primary())) {
            providers.sort(
                    (a, b) -> a.name().equals("africas-talking") ? -1 : b.name().equals("africas-talking") ? 1 : 0);
        }
        return new SmsSender(providers);
    }
}
