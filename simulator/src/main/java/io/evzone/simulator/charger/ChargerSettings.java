package io.evzone.simulator.charger;

import io.evzone.ocpp.OcppVersion;
import java.time.Duration;
import java.util.Objects;

/**
 * How one simulated charger behaves.
 *
 * @param id the charge point identity, the last path segment of its URL
 * @param version the OCPP version it speaks
 * @param connectors connectors (1.6) or EVSEs with one connector each (2.0.1)
 * @param scenario what it does on its own
 * @param idTag the RFID tag its driver presents
 * @param meterInterval how often meter values flow during a transaction (MeterValueSampleInterval)
 * @param sessionLength how long a driver session lasts, and how long a fault lasts
 * @param outageLength how long the connection stays down in the outage scenario
 * @param heartbeatOverride a heartbeat interval to use instead of the CSMS's, or null
 * @param callTimeout how long a CALL waits for its answer
 * @param firstActionDelay when the scenario first acts after boot (spreads load over chargers)
 * @param power AC, DC or a mix
 * @param seed seeds the charger's random numbers, so a run can be repeated
 */
public record ChargerSettings(
        String id,
        OcppVersion version,
        int connectors,
        Scenario scenario,
        String idTag,
        Duration meterInterval,
        Duration sessionLength,
        Duration outageLength,
        Duration heartbeatOverride,
        Duration callTimeout,
        Duration firstActionDelay,
        PowerModel.PowerMix power,
        long seed) {

    public ChargerSettings {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(idTag, "idTag");
        Objects.requireNonNull(meterInterval, "meterInterval");
        Objects.requireNonNull(sessionLength, "sessionLength");
        Objects.requireNonNull(outageLength, "outageLength");
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(firstActionDelay, "firstActionDelay");
        Objects.requireNonNull(power, "power");
        if (connectors < 1) {
            throw new IllegalArgumentException("a charger needs at least one connector");
        }
        if (version == OcppVersion.V21) {
            throw new IllegalArgumentException("OCPP 2.1 is not simulated");
        }
        if (meterInterval.isZero() || meterInterval.isNegative()) {
            throw new IllegalArgumentException("meterInterval must be positive");
        }
    }

    /** Defaults for an idle charger with two connectors. */
    public static ChargerSettings defaults(String id, OcppVersion version) {
        return new ChargerSettings(
                id,
                version,
                2,
                Scenario.IDLE,
                "TAG-" + id,
                Duration.ofSeconds(10),
                Duration.ofSeconds(60),
                Duration.ofSeconds(30),
                null,
                Duration.ofSeconds(30),
                Duration.ofSeconds(2),
                PowerModel.PowerMix.MIXED,
                id.hashCode());
    }

    public ChargerSettings withConnectors(int count) {
        return new ChargerSettings(
                id,
                version,
                count,
                scenario,
                idTag,
                meterInterval,
                sessionLength,
                outageLength,
                heartbeatOverride,
                callTimeout,
                firstActionDelay,
                power,
                seed);
    }

    public ChargerSettings withScenario(Scenario value) {
        return new ChargerSettings(
                id,
                version,
                connectors,
                value,
                idTag,
                meterInterval,
                sessionLength,
                outageLength,
                heartbeatOverride,
                callTimeout,
                firstActionDelay,
                power,
                seed);
    }

    public ChargerSettings withTiming(Duration meter, Duration session, Duration outage, Duration firstAction) {
        return new ChargerSettings(
                id,
                version,
                connectors,
                scenario,
                idTag,
                meter,
                session,
                outage,
                heartbeatOverride,
                callTimeout,
                firstAction,
                power,
                seed);
    }

    public ChargerSettings withHeartbeatOverride(Duration value) {
        return new ChargerSettings(
                id,
                version,
                connectors,
                scenario,
                idTag,
                meterInterval,
                sessionLength,
                outageLength,
                value,
                callTimeout,
                firstActionDelay,
                power,
                seed);
    }

    public ChargerSettings withPower(PowerModel.PowerMix value) {
        return new ChargerSettings(
                id,
                version,
                connectors,
                scenario,
                idTag,
                meterInterval,
                sessionLength,
                outageLength,
                heartbeatOverride,
                callTimeout,
                firstActionDelay,
                value,
                seed);
    }
}
