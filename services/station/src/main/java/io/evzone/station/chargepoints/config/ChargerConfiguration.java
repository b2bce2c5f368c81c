package io.evzone.station.chargepoints.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link ChargerProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChargerProperties.class)
public class ChargerConfiguration {}
