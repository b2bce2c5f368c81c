package io.evzone.gateway.config;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything the gateway can be tuned with, under {@code evzone.gateway}. Defaults work on one machine.
 *
 * @param nodeId this node's id in the charger registry and on the routing topics; default host name plus a random suffix
 * @param subprotocols server preference order for the WebSocket subprotocol
 * @param unknownChargers what to do with a charger the station service never registered
 * @param callTimeout how long a CALL to a charger may wait for its answer
 * @param questionTimeout how long a question to a domain service may wait before the fallback is used
 * @param bootQuestionTimeout the same for BOOT questions: longer, since a charger answered Pending asks
 *     again and during a boot storm every early fallback adds a question; below the 30 s or more a
 *     charger typically waits for a CALL's answer
 * @param bootRetryInterval the interval told to a charger answered Pending
 * @param pingInterval the WebSocket ping interval; a connection silent for two intervals is closed
 * @param maxFrameBytes the largest text message accepted (characters)
 * @param rateLimit per-charger token bucket: messages per second and burst
 * @param authorizationCacheTtl how long an authorization answer is kept when it carries no expiry
 * @param registryTtl how long a charger's entry in the Redis registry lives without being refreshed
 * @param commandRetention how long a finished command stays in the command log; commands still queued or sent
 *     are kept however old; zero or negative: kept forever
 * @param maxChargers chargers this node holds at once; more are refused at the handshake with HTTP 503 and a
 *     Retry-After, so they try another node or later. Default: the process's open-file limit less
 *     {@code tomcat.reserved-file-descriptors}, at most {@code tomcat.max-connections}
 */
@ConfigurationProperties("evzone.gateway")
public record GatewayProperties(
        String nodeId,
        List<String> subprotocols,
        UnknownChargers unknownChargers,
        Duration callTimeout,
        Duration questionTimeout,
        Duration bootQuestionTimeout,
        Duration bootRetryInterval,
        Duration pingInterval,
        Integer maxFrameBytes,
        RateLimit rateLimit,
        Duration authorizationCacheTtl,
        Duration registryTtl,
        Duration commandRetention,
        Tls tls,
        Tomcat tomcat,
        Integer maxChargers) {

    public enum UnknownChargers {
        ACCEPT,
        PENDING,
        REJECT
    }

    /**
     * @param messagesPerSecond sustained rate
     * @param burst bucket size
     * @param closeAfterRejections refused messages after which the connection is closed; the count
     *     starts again only once the charger has kept to the rate long enough to refill half its burst
     */
    public record RateLimit(Double messagesPerSecond, Integer burst, Integer closeAfterRejections) {
        public RateLimit {
            messagesPerSecond = messagesPerSecond == null ? 20.0 : messagesPerSecond;
            burst = burst == null ? 50 : burst;
            closeAfterRejections = closeAfterRejections == null ? 100 : closeAfterRejections;
        }
    }

    /**
     * The TLS connector for security profiles 2 and 3: on with a configured keystore, or with the local CA.
     * A configured keystore (and truststore) wins over the local CA's server certificate; chargers'
     * certificates signed by the local CA are trusted beside the truststore's.
     *
     * @param port 3443 by default; 0 picks a free port
     * @param localCa the certificate authority the gateway keeps itself
     */
    public record Tls(
            Integer port,
            String keystore,
            String keystorePassword,
            String keystoreType,
            String truststore,
            String truststorePassword,
            String truststoreType,
            LocalCertificateAuthority localCa) {
        public Tls {
            port = port == null ? 3443 : port;
            keystoreType = keystoreType == null ? "PKCS12" : keystoreType;
            truststoreType = truststoreType == null ? "PKCS12" : truststoreType;
            localCa = localCa == null ? new LocalCertificateAuthority(null, null, null, null, null) : localCa;
        }

        public boolean hasKeystore() {
            return keystore != null && !keystore.isBlank();
        }

        public boolean hasTruststore() {
            return truststore != null && !truststore.isBlank();
        }
    }

    /**
     * The local CA (issue 14: wss:// by default): made in {@code directory} on first start and reused ever
     * after; it issues the server certificate and signs chargers' certificate requests. Off without a directory.
     *
     * @param directory where {@code ca.pem}, {@code ca-key.pem}, {@code server.pem} and {@code server-key.pem} live
     * @param hostnames the server certificate's subject alternative names: host names and IP addresses
     * @param caValidity lifetime of a new CA
     * @param serverValidity lifetime of a server certificate; an expired one is issued anew at start
     * @param chargerValidity lifetime of a certificate signed for a charger (SignCertificate)
     */
    public record LocalCertificateAuthority(
            String directory,
            List<String> hostnames,
            Duration caValidity,
            Duration serverValidity,
            Duration chargerValidity) {
        public LocalCertificateAuthority {
            hostnames = hostnames == null || hostnames.isEmpty() ? List.of("localhost", "127.0.0.1", "::1") : hostnames;
            caValidity = caValidity == null ? Duration.ofDays(3650) : caValidity;
            serverValidity = serverValidity == null ? Duration.ofDays(397) : serverValidity;
            chargerValidity = chargerValidity == null ? Duration.ofDays(365) : chargerValidity;
        }
    }

    /**
     * Tomcat sizing for many mostly idle connections.
     *
     * @param maxConnections connections Tomcat accepts per connector
     * @param socketBufferBytes the NIO application read and write buffer per connection
     * @param textBufferChars the WebSocket text buffer per connection; larger messages arrive in parts
     * @param acceptCount connections the OS queues while Tomcat is busy accepting (capped by somaxconn)
     * @param maxThreads Tomcat worker threads (handshakes and frames); default 8 per core, at least 16
     * @param reservedFileDescriptors descriptors kept for everything but chargers' sockets (database and Kafka
     *     connections, log segments, jars): chargers get the process's open-file limit minus these, and each
     *     connector accepts a little more (for HTTP) but never the whole reserve
     */
    public record Tomcat(
            Integer maxConnections,
            Integer socketBufferBytes,
            Integer textBufferChars,
            Integer acceptCount,
            Integer maxThreads,
            Integer reservedFileDescriptors) {
        public Tomcat {
            // Tomcat's 200 let a handshake storm keep ~50 threads runnable on a 2-core node, and every other
            // thread of the node (the station's consumers among them) got a fair share of 1-2% of a core.
            // Frames and handshakes do not block on I/O for long here; more threads than this only queue.
            maxThreads =
                    maxThreads == null ? Math.max(16, 8 * Runtime.getRuntime().availableProcessors()) : maxThreads;
            maxConnections = maxConnections == null ? 25_000 : maxConnections;
            acceptCount = acceptCount == null ? 4096 : acceptCount;
            socketBufferBytes = socketBufferBytes == null ? 4096 : socketBufferBytes;
            textBufferChars = textBufferChars == null ? 4096 : textBufferChars;
            reservedFileDescriptors = reservedFileDescriptors == null ? 1000 : reservedFileDescriptors;
        }
    }

    public GatewayProperties {
        nodeId = nodeId == null || nodeId.isBlank() ? defaultNodeId() : nodeId;
        subprotocols = subprotocols == null || subprotocols.isEmpty() ? List.of("ocpp2.0.1", "ocpp1.6") : subprotocols;
        unknownChargers = unknownChargers == null ? UnknownChargers.ACCEPT : unknownChargers;
        callTimeout = callTimeout == null ? Duration.ofSeconds(30) : callTimeout;
        questionTimeout = questionTimeout == null ? Duration.ofSeconds(5) : questionTimeout;
        bootQuestionTimeout = bootQuestionTimeout == null ? Duration.ofSeconds(12) : bootQuestionTimeout;
        bootRetryInterval = bootRetryInterval == null ? Duration.ofSeconds(10) : bootRetryInterval;
        pingInterval = pingInterval == null ? Duration.ofSeconds(30) : pingInterval;
        maxFrameBytes = maxFrameBytes == null ? 64 * 1024 : maxFrameBytes;
        rateLimit = rateLimit == null ? new RateLimit(null, null, null) : rateLimit;
        authorizationCacheTtl = authorizationCacheTtl == null ? Duration.ofHours(1) : authorizationCacheTtl;
        registryTtl = registryTtl == null ? Duration.ofSeconds(90) : registryTtl;
        commandRetention = commandRetention == null ? Duration.ofDays(90) : commandRetention;
        tls = tls == null ? new Tls(null, null, null, null, null, null, null, null) : tls;
        tomcat = tomcat == null ? new Tomcat(null, null, null, null, null, null) : tomcat;
    }

    private static String defaultNodeId() {
        String host = System.getenv().getOrDefault("HOSTNAME", "gateway");
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
