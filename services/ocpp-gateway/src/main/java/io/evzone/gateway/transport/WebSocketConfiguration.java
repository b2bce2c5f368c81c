package io.evzone.gateway.transport;

import io.evzone.gateway.config.GatewayProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * {@code ws://host:3003/ocpp/{chargePointId}} and {@code /ocpp/{version}/{chargePointId}} on the
 * service's own Tomcat (and on the TLS connector when configured).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
public class WebSocketConfiguration implements WebSocketConfigurer {

    private final OcppWebSocketHandler handler;
    private final OcppHandshake handshake;
    private final GatewayProperties properties;

    public WebSocketConfiguration(OcppWebSocketHandler handler, OcppHandshake handshake, GatewayProperties properties) {
        this.handler = handler;
        this.handshake = handshake;
        this.properties = properties;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, "/ocpp/*", "/ocpp/*/*")
                .addInterceptors(handshake)
                .setHandshakeHandler(new SubprotocolNegotiation(properties.subprotocols()))
                .setAllowedOriginPatterns("*");
    }

    /**
     * Tomcat allocates the text and binary message buffers per connection up front, so they stay
     * small: larger messages arrive in parts and are assembled up to the maximum frame size, and
     * binary frames are refused anyway.
     */
    @Bean
    ServletServerContainerFactoryBean webSocketContainer() {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(properties.tomcat().textBufferChars());
        container.setMaxBinaryMessageBufferSize(256);
        container.setMaxSessionIdleTimeout(properties.pingInterval().toMillis() * 3);
        container.setAsyncSendTimeout(10_000L);
        return container;
    }
}
