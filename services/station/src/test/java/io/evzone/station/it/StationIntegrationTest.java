package io.evzone.station.it;

import io.evzone.platform.test.EvzoneIntegrationTest;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The station service on the embedded infrastructure, with short heartbeat and sweep intervals so
 * that a silent charger turns offline within seconds. Every IT shares this one context.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@EvzoneIntegrationTest
@TestPropertySource(
        properties = {
            "evzone.station.heartbeat-interval=3s",
            "evzone.station.boot-retry-interval=1s",
            "evzone.station.missed-heartbeats=2",
            "evzone.station.offline-sweep-interval=250ms"
        })
public @interface StationIntegrationTest {}
