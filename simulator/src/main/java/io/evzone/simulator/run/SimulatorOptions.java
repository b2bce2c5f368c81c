package io.evzone.simulator.run;

import io.evzone.ocpp.OcppVersion;
import io.evzone.simulator.charger.PowerModel;
import io.evzone.simulator.charger.Scenario;
import io.evzone.simulator.transport.SecurityOptions;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * What to simulate. Build with {@link #builder(URI)}; every option has a default that works against a local
 * platform.
 *
 * @param url the CSMS WebSocket endpoint; each charger connects to {@code url/<id>}
 * @param chargers how many chargers
 * @param version the OCPP version they speak
 * @param connectors connectors (EVSEs) per charger
 * @param prefix charger ids are {@code <prefix>-00001}, ...
 * @param firstIndex the number of the first charger
 * @param scenario what they do on their own
 * @param security password and TLS stores
 * @param rampPerSecond new connections per second; 0 starts all at once
 * @param meterInterval meter values interval during a transaction
 * @param sessionLength driver session length (and fault length)
 * @param outageLength connection outage length in the outage scenario
 * @param heartbeatOverride heartbeat interval to use instead of the CSMS's, or null
 * @param callTimeout how long a CALL waits for its answer
 * @param duration how long {@link Simulator#run} runs; null runs until interrupted
 * @param sourceAddresses loopback source addresses to spread connections over; 0 chooses
 * @param ioThreads threads for WebSocket callbacks
 * @param validate whether outgoing messages are checked against the schemas
 * @param power AC, DC or mixed chargers
 * @param seed seeds the chargers' random numbers
 * @param progress whether to show progress
 */
public record SimulatorOptions(
        URI url,
        int chargers,
        OcppVersion version,
        int connectors,
        String prefix,
        int firstIndex,
        Scenario scenario,
        SecurityOptions security,
        double rampPerSecond,
        Duration meterInterval,
        Duration sessionLength,
        Duration outageLength,
        Duration heartbeatOverride,
        Duration callTimeout,
        Duration duration,
        int sourceAddresses,
        int ioThreads,
        boolean validate,
        PowerModel.PowerMix power,
        long seed,
        boolean progress) {

    private static final int MAX_ID_TAG_LENGTH = 20;

    public SimulatorOptions {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(security, "security");
        if (chargers < 1 || chargers > 1_000_000) {
            throw new IllegalArgumentException("chargers must be between 1 and 1,000,000");
        }
        if (connectors < 1 || connectors > 100) {
            throw new IllegalArgumentException("connectors must be between 1 and 100");
        }
        if (!url.getScheme().equals("ws") && !url.getScheme().equals("wss")) {
            throw new IllegalArgumentException("the URL must start with ws:// or wss://");
        }
    }

    /**
     * The RFID tag the driver of charger {@code i} presents: its own per charger id, so simulations with other
     * prefixes never present a tag that is still in use elsewhere. OCPP 1.6 idTag is at most 20 characters.
     */
    public String idTag(int i) {
        String tag = "TAG-" + chargerId(i);
        return tag.length() <= MAX_ID_TAG_LENGTH
                ? tag
                : String.format("TAG-%08x-%05d", prefix.hashCode(), firstIndex + i);
    }

    /** The id of the i-th charger (0-based): {@code SIM-00001} for the first. */
    public String chargerId(int i) {
        return String.format("%s-%05d", prefix, firstIndex + i);
    }

    public static Builder builder(URI url) {
        return new Builder(url);
    }

    public Builder toBuilder() {
        Builder b = new Builder(url);
        b.chargers = chargers;
        b.version = version;
        b.connectors = connectors;
        b.prefix = prefix;
        b.firstIndex = firstIndex;
        b.scenario = scenario;
        b.security = security;
        b.rampPerSecond = rampPerSecond;
        b.meterInterval = meterInterval;
        b.sessionLength = sessionLength;
        b.outageLength = outageLength;
        b.heartbeatOverride = heartbeatOverride;
        b.callTimeout = callTimeout;
        b.duration = duration;
        b.sourceAddresses = sourceAddresses;
        b.ioThreads = ioThreads;
        b.validate = validate;
        b.power = power;
        b.seed = seed;
        b.progress = progress;
        return b;
    }

    /** Builds {@link SimulatorOptions}. */
    public static final class Builder {
        private final URI url;
        private int chargers = 10;
        private OcppVersion version = OcppVersion.V16;
        private int connectors = 2;
        private String prefix = "SIM";
        private int firstIndex = 1;
        private Scenario scenario = Scenario.IDLE;
        private SecurityOptions security = SecurityOptions.NONE;
        private double rampPerSecond = 200;
        private Duration meterInterval = Duration.ofSeconds(10);
        private Duration sessionLength = Duration.ofSeconds(60);
        private Duration outageLength = Duration.ofSeconds(30);
        private Duration heartbeatOverride;
        private Duration callTimeout = Duration.ofSeconds(30);
        private Duration duration;
        private int sourceAddresses;
        private int ioThreads = Math.max(2, Runtime.getRuntime().availableProcessors());
        private boolean validate = true;
        private PowerModel.PowerMix power = PowerModel.PowerMix.MIXED;
        private long seed = 42;
        private boolean progress;

        private Builder(URI url) {
            this.url = url;
        }

        public Builder chargers(int value) {
            chargers = value;
            return this;
        }

        public Builder version(OcppVersion value) {
            version = value;
            return this;
        }

        public Builder connectors(int value) {
            connectors = value;
            return this;
        }

        public Builder prefix(String value) {
            prefix = value;
            return this;
        }

        public Builder firstIndex(int value) {
            firstIndex = value;
            return this;
        }

        public Builder scenario(Scenario value) {
            scenario = value;
            return this;
        }

        public Builder security(SecurityOptions value) {
            security = value;
            return this;
        }

        public Builder rampPerSecond(double value) {
            rampPerSecond = value;
            return this;
        }

        public Builder meterInterval(Duration value) {
            meterInterval = value;
            return this;
        }

        public Builder sessionLength(Duration value) {
            sessionLength = value;
            return this;
        }

        public Builder outageLength(Duration value) {
            outageLength = value;
            return this;
        }

        public Builder heartbeatOverride(Duration value) {
            heartbeatOverride = value;
            return this;
        }

        public Builder callTimeout(Duration value) {
            callTimeout = value;
            return this;
        }

        public Builder duration(Duration value) {
            duration = value;
            return this;
        }

        public Builder sourceAddresses(int value) {
            sourceAddresses = value;
            return this;
        }

        public Builder ioThreads(int value) {
            ioThreads = value;
            return this;
        }

        public Builder validate(boolean value) {
            validate = value;
            return this;
        }

        public Builder power(PowerModel.PowerMix value) {
            power = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder progress(boolean value) {
            progress = value;
            return this;
        }

        public SimulatorOptions build() {
            return new SimulatorOptions(
                    url,
                    chargers,
                    version,
                    connectors,
                    prefix,
                    firstIndex,
                    scenario,
                    security,
                    rampPerSecond,
                    meterInterval,
                    sessionLength,
                    outageLength,
                    heartbeatOverride,
                    callTimeout,
                    duration,
                    sourceAddresses,
                    ioThreads,
                    validate,
                    power,
                    seed,
                    progress);
        }
    }
}
