package io.evzone.simulator.charger;

import io.evzone.ocpp.Role;
import io.evzone.ocpp.codec.OcppCodec;
import io.evzone.ocpp.v16.Ocpp16;
import io.evzone.ocpp.v16.messages.AuthorizationStatus;
import io.evzone.ocpp.v16.messages.AuthorizeRequest;
import io.evzone.ocpp.v16.messages.AuthorizeResponse;
import io.evzone.ocpp.v16.messages.BootNotificationRequest;
import io.evzone.ocpp.v16.messages.BootNotificationResponse;
import io.evzone.ocpp.v16.messages.ChargePointErrorCode;
import io.evzone.ocpp.v16.messages.ChargePointStatus;
import io.evzone.ocpp.v16.messages.HeartbeatRequest;
import io.evzone.ocpp.v16.messages.Measurand;
import io.evzone.ocpp.v16.messages.MeterValue;
import io.evzone.ocpp.v16.messages.MeterValuesRequest;
import io.evzone.ocpp.v16.messages.Ocpp16CentralSystemRequest;
import io.evzone.ocpp.v16.messages.Ocpp16Request;
import io.evzone.ocpp.v16.messages.Ocpp16Response;
import io.evzone.ocpp.v16.messages.ReadingContext;
import io.evzone.ocpp.v16.messages.Reason;
import io.evzone.ocpp.v16.messages.SampledValue;
import io.evzone.ocpp.v16.messages.StartTransactionRequest;
import io.evzone.ocpp.v16.messages.StartTransactionResponse;
import io.evzone.ocpp.v16.messages.StatusNotificationRequest;
import io.evzone.ocpp.v16.messages.StopTransactionRequest;
import io.evzone.ocpp.v16.messages.UnitOfMeasure;
import io.evzone.simulator.transport.Dialer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A simulated OCPP 1.6 charge point. Commands from the central system are answered by {@link Ocpp16Commands}. */
public final class Ocpp16Charger extends SimulatedCharger<Ocpp16Request, Ocpp16Response> {
    private static final OcppCodec<Ocpp16Request, Ocpp16Response> CODEC = Ocpp16.codec(Role.CHARGING_STATION);
    private final Ocpp16Commands commands = new Ocpp16Commands(this);

    public Ocpp16Charger(ChargerSettings settings, Dialer dialer, Timers timers, ChargerEvents events) {
        this(settings, CODEC, dialer, timers, events);
    }

    public Ocpp16Charger(
            ChargerSettings settings,
            OcppCodec<Ocpp16Request, Ocpp16Response> codec,
            Dialer dialer,
            Timers timers,
            ChargerEvents events) {
        super(settings, codec, dialer, timers, events);
    }

    /** The shared charging-station codec, with or without outbound validation. */
    public static OcppCodec<Ocpp16Request, Ocpp16Response> codec(boolean validate) {
        return CODEC.withOutboundValidation(validate);
    }

    @Override
    protected BootNotificationRequest bootNotification(BootCause cause) {
        return new BootNotificationRequest(
                "EVZone",
                power.dc() ? "SimDC-" + (int) (power.ratedW() / 1000) : "SimAC-" + (int) (power.ratedW() / 1000),
                truncate(id(), 25),
                null,
                "1.0.0-sim",
                null,
                null,
                "SimMeter",
                truncate("M-" + id(), 25));
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(value.length() - max);
    }

    @Override
    protected Registration registration(Ocpp16Response response) {
        var boot = (BootNotificationResponse) response;
        var status = switch (boot.status()) {
            case ACCEPTED -> Registration.Status.ACCEPTED;
            case PENDING -> Registration.Status.PENDING;
            case REJECTED -> Registration.Status.REJECTED;
        };
        return new Registration(status, boot.interval());
    }

    @Override
    protected HeartbeatRequest heartbeatRequest() {
        return new HeartbeatRequest();
    }

    @Override
    protected void reportStatus(Connector connector) {
        send(statusNotification(connector, ChargePointErrorCode.NO_ERROR, null));
    }

    @Override
    protected void reportFault(Connector connector, String errorCode) {
        send(statusNotification(connector, ChargePointErrorCode.fromValue(errorCode), "simulated fault"));
    }

    private StatusNotificationRequest statusNotification(Connector c, ChargePointErrorCode error, String info) {
        return new StatusNotificationRequest(c.id(), error, info, status(c.status()), now(), null, null);
    }

    static ChargePointStatus status(ConnectorStatus status) {
        return switch (status) {
            case AVAILABLE -> ChargePointStatus.AVAILABLE;
            case PREPARING -> ChargePointStatus.PREPARING;
            case CHARGING -> ChargePointStatus.CHARGING;
            case FINISHING -> ChargePointStatus.FINISHING;
            case RESERVED -> ChargePointStatus.RESERVED;
            case UNAVAILABLE -> ChargePointStatus.UNAVAILABLE;
            case FAULTED -> ChargePointStatus.FAULTED;
        };
    }

    @Override
    protected void authorize(String idTag, Consumer<Boolean> then) {
        send(
                new AuthorizeRequest(idTag),
                response -> then.accept(
                        ((AuthorizeResponse) response).idTagInfo().status() == AuthorizationStatus.ACCEPTED),
                () -> then.accept(false));
    }

    @Override
    protected void transactionStarted(Connector c, Transaction tx) {
        var request = new StartTransactionRequest(c.id(), tx.idTag(), (int) tx.meterStartWh(), null, tx.startedAt());
        sendTransactional(() -> request, response -> {
            var started = (StartTransactionResponse) response;
            tx.transactionId(started.transactionId());
            // OCPP 1.6 §5.x StopTransactionOnInvalidId: a tag the CSMS refuses ends the transaction.
            if (started.idTagInfo().status() != AuthorizationStatus.ACCEPTED
                    && configuration.boolValue("StopTransactionOnInvalidId")
                    && c.transaction() == tx) {
                stopSession(c.id(), StopReason.DE_AUTHORIZED);
            }
        });
    }

    @Override
    protected void meterSample(Connector c, Transaction tx) {
        MeterValue value = meterValue(c, tx, ReadingContext.SAMPLE_PERIODIC);
        // Built when sent: a transaction started offline gets its id from the StartTransaction answer first.
        sendTransactional(() -> new MeterValuesRequest(c.id(), transactionId(tx), List.of(value)), response -> {});
    }

    /** A meter value now: energy register, power, and state of charge for DC. */
    MeterValue meterValue(Connector c, Transaction tx, ReadingContext context) {
        List<SampledValue> samples = new ArrayList<>(3);
        samples.add(sample(
                Long.toString(c.energyWh()), context, Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, UnitOfMeasure.WH));
        samples.add(
                sample(Long.toString(Math.round(c.powerW())), context, Measurand.POWER_ACTIVE_IMPORT, UnitOfMeasure.W));
        if (power.dc() && tx != null) {
            samples.add(sample(Integer.toString(stateOfCharge(c, tx)), context, Measurand.SO_C, UnitOfMeasure.PERCENT));
        }
        return new MeterValue(now(), samples);
    }

    private static SampledValue sample(String value, ReadingContext context, Measurand measurand, UnitOfMeasure unit) {
        return new SampledValue(value, context, null, measurand, null, null, unit);
    }

    /** A 60 kWh battery that arrived at 20%. */
    static int stateOfCharge(Connector c, Transaction tx) {
        return (int) Math.min(100, 20 + (c.energyWh() - tx.meterStartWh()) / 600);
    }

    static int transactionId(Transaction tx) {
        return tx.transactionId() == null ? 0 : tx.transactionId();
    }

    @Override
    protected void transactionEnded(Connector c, Transaction tx, StopReason reason) {
        Instant at = now();
        int meterStop = (int) c.energyWh();
        List<MeterValue> data = List.of(meterValue(c, null, ReadingContext.TRANSACTION_END));
        sendTransactional(
                () -> new StopTransactionRequest(tx.idTag(), meterStop, at, transactionId(tx), reason(reason), data),
                response -> {});
    }

    private static Reason reason(StopReason reason) {
        return switch (reason) {
            case LOCAL -> Reason.LOCAL;
            case REMOTE -> Reason.REMOTE;
            case SOFT_RESET -> Reason.SOFT_RESET;
            case HARD_RESET -> Reason.HARD_RESET;
            case UNLOCK_COMMAND -> Reason.UNLOCK_COMMAND;
            case DE_AUTHORIZED -> Reason.DE_AUTHORIZED;
            case OTHER -> Reason.OTHER;
        };
    }

    @Override
    protected Ocpp16Response handle(Ocpp16Request request) {
        // The codec only lets through CALLs the central system sends.
        return commands.handle((Ocpp16CentralSystemRequest) request);
    }

    /** The connector running the transaction with that id, or null. */
    Connector connectorWithTransaction(Integer transactionId) {
        return connectors().stream()
                .filter(c -> c.transaction() != null
                        && transactionId.equals(c.transaction().transactionId()))
                .findFirst()
                .orElse(null);
    }
}
