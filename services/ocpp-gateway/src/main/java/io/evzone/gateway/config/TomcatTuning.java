package io.evzone.gateway.config;

import java.util.concurrent.atomic.AtomicReference;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Sizes Tomcat for tens of thousands of idle chargers and adds the TLS connector that security
 * profiles 2 and 3 share ({@link TlsConnectors}).
 */
@Component
public class TomcatTuning implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final Logger log = LoggerFactory.getLogger(TomcatTuning.class);

    /** Connections past the chargers' limit that each port still accepts, for HTTP. */
    static final int HTTP_HEADROOM = 200;

    private final GatewayProperties properties;
    private final AtomicReference<Connector> tlsConnector = new AtomicReference<>();

    private final ObjectProvider<LocalTls> localTls;

    public TomcatTuning(GatewayProperties properties, ObjectProvider<LocalTls> localTls) {
        this.properties = properties;
        this.localTls = localTls;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(this::size);
        LocalTls local = localTls.getIfAvailable();
        if (properties.tls().hasKeystore() || local != null) {
            Connector connector = TlsConnectors.create(properties.tls(), local);
            size(connector);
            tlsConnector.set(connector);
            factory.addAdditionalConnectors(connector);
        }
    }

    /** The TLS port actually bound (useful when configured as 0), or -1 without TLS. */
    public int tlsPort() {
        Connector connector = tlsConnector.get();
        return connector == null ? -1 : connector.getLocalPort();
    }

    private void size(Connector connector) {
        if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> protocol) {
            GatewayProperties.Tomcat tomcat = properties.tomcat();
            long openFiles = OpenFiles.limit();
            // Chargers are refused at the handshake once they hold all but the reserve (ChargerCapacity); a little
            // of the reserve stays open to HTTP (health probes, the command API) and to those refusals themselves.
            // Not more: the rest of the process (Kafka's log segments among it) needs the remainder.
            int reserved = tomcat.reservedFileDescriptors();
            int connections = OpenFiles.within(
                    tomcat.maxConnections(), openFiles, reserved - Math.min(HTTP_HEADROOM, reserved / 2));
            if (connections < tomcat.maxConnections()) {
                log.info(
                        "Port {} accepts at most {} connections: the process may open {} files"
                                + " (evzone.gateway.tomcat.reserved-file-descriptors: {})",
                        connector.getPort(),
                        connections,
                        openFiles,
                        reserved);
            }
            protocol.setMaxConnections(connections);
            protocol.setMaxThreads(tomcat.maxThreads());
            // A boot storm opens thousands of connections at once; Tomcat's default backlog of 100 drops them.
            protocol.setAcceptCount(tomcat.acceptCount());
            connector.setProperty("socket.appReadBufSize", Integer.toString(tomcat.socketBufferBytes()));
            connector.setProperty("socket.appWriteBufSize", Integer.toString(tomcat.socketBufferBytes()));
        }
    }
}
