package io.evzone.station.shared.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service's clock, a bean so that tests and use cases agree on what "now" is. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    @Bean
    Clock stationClock() {
        return Clock.systemUTC();
    }
}
