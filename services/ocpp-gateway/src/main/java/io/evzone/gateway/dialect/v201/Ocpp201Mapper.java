package io.evzone.gateway.dialect.v201;

import io.evzone.contracts.charger.ChargerAnswer.AuthorizationAnswer;
import io.evzone.contracts.charger.ConnectorStatus;
import io.evzone.contracts.charger.ConnectorStatusReported;
import io.evzone.contracts.charger.IdToken;
import io.evzone.contracts.charger.MeterSample;
import io.evzone.contracts.charger.Money;
import io.evzone.contracts.charger.OcppVersion;
import io.evzone.contracts.charger.TransactionEventKind;
import io.evzone.contracts.charger.TransactionReported;
import io.evzone.gateway.bridge.PresentedTokens;
import io.evzone.gateway.dialect.MeterSamples;
import io.evzone.ocpp.v201.messages.AuthorizationStatusEnumType;
import io.evzone.ocpp.v201.messages.IdTokenEnumType;
import io.evzone.ocpp.v201.messages.IdTokenInfoType;
import io.evzone.ocpp.v201.messages.IdTokenType;
import io.evzone.ocpp.v201.messages.MeterValueType;
import io.evzone.ocpp.v201.messages.RegistrationStatusEnumType;
import io.evzone.ocpp.v201.messages.SampledValueType;
import io.evzone.ocpp.v201.messages.StatusNotificationRequest;
import io.evzone.ocpp.v201.messages.TransactionEventRequest;
import io.evzone.ocpp.v201.messages.TransactionEventResponse;
import java.util.ArrayList;
import java.util.List;

/** OCPP 2.0.1 wire types to and from the version-neutral records. */
final class Ocpp201Mapper {

    private Ocpp201Mapper() {}

    static RegistrationStatusEnumType registration(io.evzone.contracts.charger.RegistrationStatus status) {
        return RegistrationStatusEnumType.valueOf(status.name());
    }

    static IdToken idToken(IdTokenType token) {
        return token == null
                ? null
                : PresentedTokens.of(token.idToken(), token.type().value());
    }

    static IdTokenInfoType idTokenInfo(AuthorizationAnswer answer) {
        // Every version-neutral standing is a 2.0.1 word.
        AuthorizationStatusEnumType status =
                AuthorizationStatusEnumType.valueOf(answer.status().name());
        IdTokenType group = answer.groupId() == null || answer.groupId().length() > 36
                ? null
                : IdTokenType.of(answer.groupId(), IdTokenEnumType.CENTRAL);
        return new IdTokenInfoType(null, status, answer.expiresAt(), null, null, null, group, null, null);
    }

    /**
     * 2.0.1 E01-E03: an event that carries an id token is answered with its idTokenInfo. TransactionEventResponse's
     * totalCost is the final cost including taxes in the major unit of the station's currency (so EUR 12.50, never
     * 1250 cents), sent only once charging has ended: it is present only when the answer carries one.
     */
    static TransactionEventResponse transactionEventResponse(AuthorizationAnswer authorization, Money totalCost) {
        return new TransactionEventResponse(
                null,
                totalCost == null ? null : totalCost.inMajorUnits(),
                null,
                authorization == null ? null : idTokenInfo(authorization),
                null);
    }

    static ConnectorStatusReported status(String chargePointId, StatusNotificationRequest request) {
        ConnectorStatus status = switch (request.connectorStatus()) {
            case AVAILABLE -> ConnectorStatus.AVAILABLE;
            case OCCUPIED -> ConnectorStatus.OCCUPIED;
            case RESERVED -> ConnectorStatus.RESERVED;
            case UNAVAILABLE -> ConnectorStatus.UNAVAILABLE;
            case FAULTED -> ConnectorStatus.FAULTED;
        };
        return new ConnectorStatusReported(
                chargePointId, request.evseId(), request.connectorId(), status, null, null, null, request.timestamp());
    }

    static TransactionReported transaction(String chargePointId, TransactionEventRequest event) {
        TransactionEventKind kind = switch (event.eventType()) {
            case STARTED -> TransactionEventKind.STARTED;
            case UPDATED -> TransactionEventKind.UPDATED;
            case ENDED -> TransactionEventKind.ENDED;
        };
        var info = event.transactionInfo();
        List<MeterSample> samples = samples(event.meterValue());
        return new TransactionReported(
                chargePointId,
                OcppVersion.V201,
                kind,
                info.transactionId(),
                event.seqNo(),
                event.evse() == null ? 0 : event.evse().id(),
                event.evse() == null || event.evse().connectorId() == null
                        ? 0
                        : event.evse().connectorId(),
                idToken(event.idToken()),
                energyWh(samples),
                event.triggerReason().value(),
                info.chargingState() == null ? null : info.chargingState().value(),
                info.stoppedReason() == null ? null : info.stoppedReason().value(),
                event.reservationId(),
                Boolean.TRUE.equals(event.offline()),
                event.timestamp(),
                samples);
    }

    /** The energy register in Wh, when the samples carry Energy.Active.Import.Register. */
    static Long energyWh(List<MeterSample> samples) {
        for (MeterSample sample : samples) {
            if ("Energy.Active.Import.Register".equals(sample.measurand())) {
                return "kWh".equalsIgnoreCase(sample.unit())
                        ? sample.value().movePointRight(3).longValue()
                        : sample.value().longValue();
            }
        }
        return null;
    }

    static List<MeterSample> samples(List<MeterValueType> values) {
        List<MeterSample> samples = new ArrayList<>();
        if (values == null) {
            return samples;
        }
        for (MeterValueType value : values) {
            for (SampledValueType sampled : value.sampledValue()) {
                var unit = sampled.unitOfMeasure();
                var number = unit != null && unit.multiplier() != null
                        ? sampled.value().scaleByPowerOfTen(unit.multiplier())
                        : sampled.value();
                samples.add(MeterSamples.sample(
                        value.timestamp(),
                        number,
                        sampled.measurand() == null ? null : sampled.measurand().value(),
                        sampled.phase() == null ? null : sampled.phase().value(),
                        unit == null ? null : unit.unit(),
                        sampled.context() == null ? null : sampled.context().value(),
                        sampled.location() == null ? null : sampled.location().value()));
            }
        }
        return samples;
    }
}
