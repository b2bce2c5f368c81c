package io.evzone.simulator.charger;

import io.evzone.ocpp.Role;
import io.evzone.ocpp.codec.OcppCodec;
import io.evzone.ocpp.v201.Ocpp201;
import io.evzone.ocpp.v201.messages.AuthorizationStatusEnumType;
import io.evzone.ocpp.v201.messages.AuthorizeRequest;
import io.evzone.ocpp.v201.messages.AuthorizeResponse;
import io.evzone.ocpp.v201.messages.BootNotificationRequest;
import io.evzone.ocpp.v201.messages.BootNotificationResponse;
import io.evzone.ocpp.v201.messages.BootReasonEnumType;
import io.evzone.ocpp.v201.messages.ChargingStateEnumType;
import io.evzone.ocpp.v201.messages.ChargingStationType;
import io.evzone.ocpp.v201.messages.ComponentType;
import io.evzone.ocpp.v201.messages.ConnectorStatusEnumType;
import io.evzone.ocpp.v201.messages.EVSEType;
import io.evzone.ocpp.v201.messages.EventDataType;
import io.evzone.ocpp.v201.messages.EventNotificationEnumType;
import io.evzone.ocpp.v201.messages.EventTriggerEnumType;
import io.evzone.ocpp.v201.messages.HeartbeatRequest;
import io.evzone.ocpp.v201.messages.IdTokenEnumType;
import io.evzone.ocpp.v201.messages.IdTokenType;
import io.evzone.ocpp.v201.messages.MeasurandEnumType;
import io.evzone.ocpp.v201.messages.MeterValueType;
import io.evzone.ocpp.v201.messages.NotifyEventRequest;
import io.evzone.ocpp.v201.messages.Ocpp201CsmsRequest;
import io.evzone.ocpp.v201.messages.Ocpp201Request;
import io.evzone.ocpp.v201.messages.Ocpp201Response;
import io.evzone.ocpp.v201.messages.ReadingContextEnumType;
import io.evzone.ocpp.v201.messages.ReasonEnumType;
import io.evzone.ocpp.v201.messages.SampledValueType;
import io.evzone.ocpp.v201.messages.StatusNotificationRequest;
import io.evzone.ocpp.v201.messages.TransactionEventEnumType;
import io.evzone.ocpp.v201.messages.TransactionEventRequest;
import io.evzone.ocpp.v201.messages.TransactionEventResponse;
import io.evzone.ocpp.v201.messages.TransactionType;
import io.evzone.ocpp.v201.messages.TriggerReasonEnumType;
import io.evzone.ocpp.v201.messages.UnitOfMeasureType;
import io.evzone.ocpp.v201.messages.VariableType;
import io.evzone.simulator.transport.Dialer;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A simulated OCPP 2.0.1 charging station: one connector per EVSE, transactions as TransactionEvent messages.
 * Commands from the CSMS are answered by {@link Ocpp201Commands}.
 */
public final class Ocpp201Charger extends SimulatedCharger<Ocpp201Request, Ocpp201Response> {
    private static final OcppCodec<Ocpp201Request, Ocpp201Response> CODEC = Ocpp201.codec(Role.CHARGING_STATION);
    private final Ocpp201Commands commands = new Ocpp201Commands(this);
    private final Map<Integer, IdTokenType> remoteTokens = new HashMap<>(2);
    private int eventIds;

    public Ocpp201Charger(ChargerSettings settings, Dialer dialer, Timers timers, ChargerEvents events) {
        this(settings, CODEC, dialer, timers, events);
    }

    public Ocpp201Charger(
            ChargerSettings settings,
            OcppCodec<Ocpp201Request, Ocpp201Response> codec,
            Dialer dialer,
            Timers timers,
            ChargerEvents events) {
        super(settings, codec, dialer, timers, events);
    }

    /** The shared charging-station codec, with or without outbound validation. */
    public static OcppCodec<Ocpp201Request, Ocpp201Response> codec(boolean validate) {
        return CODEC.withOutboundValidation(validate);
    }

    @Override
    protected BootNotificationRequest bootNotification(BootCause cause) {
        String model = (power.dc() ? "SimDC-" : "SimAC-") + (int) (power.ratedW() / 1000);
        String serial = id().length() <= 25 ? id() : id().substring(id().length() - 25);
        var station = new ChargingStationType(null, serial, model, null, "EVZone", "1.0.0-sim");
        return BootNotificationRequest.of(
                station,
                switch (cause) {
                    case POWER_UP -> BootReasonEnumType.POWER_UP;
                    case REMOTE_RESET -> BootReasonEnumType.REMOTE_RESET;
                    case FIRMWARE_UPDATE -> BootReasonEnumType.FIRMWARE_UPDATE;
                });
    }

    @Override
    protected Registration registration(Ocpp201Response response) {
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
        return HeartbeatRequest.of();
    }

    @Override
    protected void reportStatus(Connector c) {
        ConnectorStatusEnumType status = status(c.status());
        // Preparing, Charging and Finishing are all Occupied here: report a change only.
        if (!status.value().equals(c.lastReported())) {
            c.lastReported(status.value());
            send(StatusNotificationRequest.of(now(), status, c.id(), 1));
        }
    }

    static ConnectorStatusEnumType status(ConnectorStatus status) {
        return switch (status) {
            case AVAILABLE -> ConnectorStatusEnumType.AVAILABLE;
            case PREPARING, CHARGING, FINISHING -> ConnectorStatusEnumType.OCCUPIED;
            case RESERVED -> ConnectorStatusEnumType.RESERVED;
            case UNAVAILABLE -> ConnectorStatusEnumType.UNAVAILABLE;
            case FAULTED -> ConnectorStatusEnumType.FAULTED;
        };
    }

    @Override
    protected void reportFault(Connector c, String errorCode) {
        reportStatus(c);
        // 2.0.1 StatusNotification has no error code; the problem goes in a NotifyEvent (N07).
        var component = new ComponentType(null, new EVSEType(null, c.id(), 1), "Connector", null);
        var event = new EventDataType(
                null,
                ++eventIds,
                now(),
                EventTriggerEnumType.DELTA,
                null,
                "true",
                errorCode,
                "simulated fault",
                null,
                null,
                component,
                null,
                EventNotificationEnumType.HARD_WIRED_NOTIFICATION,
                VariableType.of("Problem"));
        send(NotifyEventRequest.of(now(), 0, List.of(event)));
    }

    @Override
    protected void authorize(String idTag, Consumer<Boolean> then) {
        send(
                AuthorizeRequest.of(IdTokenType.of(idTag, IdTokenEnumType.ISO14443)),
                response -> then.accept(
                        ((AuthorizeResponse) response).idTokenInfo().status() == AuthorizationStatusEnumType.ACCEPTED),
                () -> then.accept(false));
    }

    void rememberRemoteToken(int connectorId, IdTokenType token) {
        remoteTokens.put(connectorId, token);
    }

    @Override
    protected void transactionStarted(Connector c, Transaction tx) {
        IdTokenType token = remoteTokens.remove(c.id());
        if (token == null) {
            token = IdTokenType.of(tx.idTag(), IdTokenEnumType.ISO14443);
        }
        var info =
                new TransactionType(null, tx.localId(), ChargingStateEnumType.CHARGING, null, null, tx.remoteStartId());
        var trigger =
                tx.remoteStartId() != null ? TriggerReasonEnumType.REMOTE_START : TriggerReasonEnumType.AUTHORIZED;
        var request = event(
                TransactionEventEnumType.STARTED,
                trigger,
                c,
                tx,
                info,
                ReadingContextEnumType.TRANSACTION_BEGIN,
                token);
        sendTransactional(() -> request, response -> {
            var answer = (TransactionEventResponse) response;
            if (answer.idTokenInfo() != null
                    && answer.idTokenInfo().status() != AuthorizationStatusEnumType.ACCEPTED
                    && c.transaction() == tx) {
                stopSession(c.id(), StopReason.DE_AUTHORIZED);
            }
        });
    }

    @Override
    protected void meterSample(Connector c, Transaction tx) {
        var info = new TransactionType(null, tx.localId(), ChargingStateEnumType.CHARGING, null, null, null);
        var request = event(
                TransactionEventEnumType.UPDATED,
                TriggerReasonEnumType.METER_VALUE_PERIODIC,
                c,
                tx,
                info,
                ReadingContextEnumType.SAMPLE_PERIODIC,
                null);
        sendTransactional(() -> request, response -> {});
    }

    @Override
    protected void transactionEnded(Connector c, Transaction tx, StopReason reason) {
        int seconds = (int) Duration.between(tx.startedAt(), now()).toSeconds();
        var info = new TransactionType(
                null, tx.localId(), ChargingStateEnumType.EV_CONNECTED, seconds, stoppedReason(reason), null);
        var request = event(
                TransactionEventEnumType.ENDED,
                trigger(reason),
                c,
                tx,
                info,
                ReadingContextEnumType.TRANSACTION_END,
                null);
        sendTransactional(() -> request, response -> {});
    }

    /**
     * A TransactionEvent made now, sent perhaps much later: its seqNo and timestamp are fixed now, and
     * {@code offline} tells the CSMS it happened while the connection was down (OCPP 2.0.1 E04).
     */
    TransactionEventRequest event(
            TransactionEventEnumType type,
            TriggerReasonEnumType trigger,
            Connector c,
            Transaction tx,
            TransactionType info,
            ReadingContextEnumType context,
            IdTokenType token) {
        return new TransactionEventRequest(
                null,
                type,
                List.of(meterValue(c, tx, context)),
                now(),
                trigger,
                tx.nextSeqNo(),
                offline() ? Boolean.TRUE : null,
                null,
                null,
                null,
                info,
                new EVSEType(null, c.id(), 1),
                token);
    }

    MeterValueType meterValue(Connector c, Transaction tx, ReadingContextEnumType context) {
        List<SampledValueType> samples = new ArrayList<>(3);
        samples.add(sample(c.energyWh(), context, MeasurandEnumType.ENERGY_ACTIVE_IMPORT_REGISTER, "Wh"));
        if (context != ReadingContextEnumType.TRANSACTION_END) {
            samples.add(sample(Math.round(c.powerW()), context, MeasurandEnumType.POWER_ACTIVE_IMPORT, "W"));
        }
        if (power.dc() && tx != null) {
            samples.add(sample(Ocpp16Charger.stateOfCharge(c, tx), context, MeasurandEnumType.SO_C, "Percent"));
        }
        return MeterValueType.of(samples, now());
    }

    private static SampledValueType sample(
            long value, ReadingContextEnumType context, MeasurandEnumType measurand, String unit) {
        return new SampledValueType(
                null,
                BigDecimal.valueOf(value),
                context,
                measurand,
                null,
                null,
                null,
                new UnitOfMeasureType(null, unit, null));
    }

    private static TriggerReasonEnumType trigger(StopReason reason) {
        return switch (reason) {
            case LOCAL -> TriggerReasonEnumType.STOP_AUTHORIZED;
            case REMOTE -> TriggerReasonEnumType.REMOTE_STOP;
            case SOFT_RESET, HARD_RESET -> TriggerReasonEnumType.RESET_COMMAND;
            case UNLOCK_COMMAND -> TriggerReasonEnumType.UNLOCK_COMMAND;
            case DE_AUTHORIZED -> TriggerReasonEnumType.DEAUTHORIZED;
            case OTHER -> TriggerReasonEnumType.ABNORMAL_CONDITION;
        };
    }

    private static ReasonEnumType stoppedReason(StopReason reason) {
        return switch (reason) {
            case LOCAL -> ReasonEnumType.LOCAL;
            case REMOTE -> ReasonEnumType.REMOTE;
            case SOFT_RESET, HARD_RESET -> ReasonEnumType.IMMEDIATE_RESET;
            case DE_AUTHORIZED -> ReasonEnumType.DE_AUTHORIZED;
            case UNLOCK_COMMAND, OTHER -> ReasonEnumType.OTHER;
        };
    }

    @Override
    protected Ocpp201Response handle(Ocpp201Request request) {
        // The codec only lets through CALLs the CSMS sends.
        return commands.handle((Ocpp201CsmsRequest) request);
    }

    /** The connector running the transaction with that id, or null. */
    Connector connectorWithTransaction(String transactionId) {
        return connectors().stream()
                .filter(c ->
                        c.transaction() != null && c.transaction().localId().equals(transactionId))
                .findFirst()
                .orElse(null);
    }
}
