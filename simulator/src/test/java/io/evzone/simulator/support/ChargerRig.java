package io.evzone.simulator.support;

import io.evzone.ocpp.OcppVersion;
import io.evzone.ocpp.Role;
import io.evzone.ocpp.codec.OcppCodec;
import io.evzone.ocpp.v16.Ocpp16;
import io.evzone.ocpp.v16.messages.Ocpp16Request;
import io.evzone.ocpp.v16.messages.Ocpp16Response;
import io.evzone.ocpp.v201.Ocpp201;
import io.evzone.ocpp.v201.messages.Ocpp201Request;
import io.evzone.ocpp.v201.messages.Ocpp201Response;
import io.evzone.simulator.charger.ChargerSettings;
import io.evzone.simulator.charger.Ocpp16Charger;
import io.evzone.simulator.charger.Ocpp201Charger;
import io.evzone.simulator.charger.Scenario;
import io.evzone.simulator.charger.SimulatedCharger;
import io.evzone.simulator.run.SimulatorStats;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * One simulated charger on an in-memory connection and a manual clock, with a scripted CSMS to talk to:
 * {@code ChargerRig.ocpp16(s -> s.withConnectors(2))}.
 */
public final class ChargerRig<Q, R, C extends SimulatedCharger<Q, R>> {
    public final ManualTimers timers = new ManualTimers();
    public final FakeDialer dialer = new FakeDialer();
    public final SimulatorStats stats = new SimulatorStats();
    public final ScriptedCsms<Q, R> csms;
    public final C charger;

    /** Makes the charger under test from the rig's transport, clock and counters. */
    @FunctionalInterface
    public interface Factory<C> {
        C create(FakeDialer dialer, ManualTimers timers, SimulatorStats stats);
    }

    private ChargerRig(Factory<C> factory, OcppCodec<Q, R> csmsCodec) {
        this.charger = factory.create(dialer, timers, stats);
        this.csms = ScriptedCsms.of(csmsCodec, dialer);
    }

    public static ChargerSettings settings(OcppVersion version) {
        return ChargerSettings.defaults("CP-1", version)
                .withScenario(Scenario.IDLE)
                .withTiming(
                        Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ofSeconds(1));
    }

    public static ChargerRig<Ocpp16Request, Ocpp16Response, Ocpp16Charger> ocpp16(UnaryOperator<ChargerSettings> tune) {
        ChargerSettings settings = tune.apply(settings(OcppVersion.V16));
        return new ChargerRig<>((d, t, s) -> new Ocpp16Charger(settings, d, t, s), Ocpp16.codec(Role.CSMS));
    }

    public static ChargerRig<Ocpp201Request, Ocpp201Response, Ocpp201Charger> ocpp201(
            UnaryOperator<ChargerSettings> tune) {
        ChargerSettings settings = tune.apply(settings(OcppVersion.V201));
        return new ChargerRig<>((d, t, s) -> new Ocpp201Charger(settings, d, t, s), Ocpp201.codec(Role.CSMS));
    }

    public void advance(Duration duration) {
        timers.advance(duration);
    }
}
