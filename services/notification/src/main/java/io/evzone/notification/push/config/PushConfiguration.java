package io.evzone.notification.push.config;

import io.evzone.notification.push.application.PushSender;
import io.evzone.notification.push.domain.PushGateway;
import io.evzone.notification.push.domain.PushSubscriptions;
import io.evzone.notification.push.providers.FirebaseMessaging;
import io.evzone.notification.push.providers.GoogleAccessTokens;
import io.evzone.notification.push.providers.P256;
import io.evzone.notification.push.providers.WebPushService;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Web Push always (with a VAPID key made at start when none is configured); FCM when a service account is. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PushProperties.class)
class PushConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PushConfiguration.class);

    @Bean
    WebPushService.Vapid vapid(PushProperties properties) throws GeneralSecurityException {
        if (properties.vapidConfigured()) {
            return new WebPushService.Vapid(
                    P256.keyPair(properties.vapidPublicKey(), properties.vapidPrivateKey()), properties.vapidSubject());
        }
        log.warn("No VAPID key configured: using one made now; browsers must subscribe again after a restart");
        return new WebPushService.Vapid(P256.generate(), properties.vapidSubject());
    }

    @Bean
    PushSender pushSender(
            PushSubscriptions subscriptions,
            WebPushService.Vapid vapid,
            PushProperties properties,
            JsonMapper json,
            Clock clock) {
        List<PushGateway> gateways = new ArrayList<>();
        gateways.add(new WebPushService(vapid, json, clock));
        if (properties.fcmConfigured()) {
            var account = GoogleAccessTokens.ServiceAccount.parse(
                    properties.fcmServiceAccount(), properties.fcmTokenUri(), json);
            gateways.add(new FirebaseMessaging(
                    properties.fcmBaseUrl(), account.projectId(), new GoogleAccessTokens(account, json, clock), json));
        }
        return new PushSender(subscriptions, gateways);
    }
}
