package io.evzone.notification.delivery.config;

import io.evzone.notification.delivery.application.ChannelSender;
import io.evzone.notification.delivery.application.SendDelivery;
import io.evzone.notification.delivery.domain.Deliveries;
import io.evzone.notification.delivery.domain.RetryPolicy;
import io.evzone.notification.delivery.scheduling.DeliveryWorker;
import io.evzone.notification.shared.config.NotificationProperties;
import io.evzone.notification.templates.domain.MessageTemplates;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    @Bean
    SendDelivery sendDelivery(
            Deliveries deliveries,
            MessageTemplates templates,
            List<ChannelSender> senders,
            NotificationProperties properties,
            Clock clock,
            MeterRegistry meters) {
        RetryPolicy retries = new RetryPolicy(properties.maxAttempts(), properties.retryBase(), properties.retryMax());
        return new SendDelivery(deliveries, templates, senders, retries, clock, meters);
    }

    @Bean
    DeliveryWorker deliveryWorker(
            Deliveries deliveries, SendDelivery send, NotificationProperties properties, Clock clock) {
        var settings = new DeliveryWorker.Settings(
                properties.senderThreads(),
                properties.inAppSenderThreads(),
                properties.sendBatch(),
                properties.pollInterval(),
                properties.sendLease());
        return new DeliveryWorker(deliveries, send, settings, clock);
    }
}
