package io.evzone.billing.wallet.config;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service's clock, a bean so that tests and use cases agree on "now", unless billing already has one. */
@Configuration(proxyBeanMethods = false)
public class LedgerClock {

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock billingClock() {
        return Clock.systemUTC();
    }
}
