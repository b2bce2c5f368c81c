package io.evzone.gateway.dialect.v16;

import io.evzone.contracts.charger.ChargerAnswer.AuthorizationAnswer;
import io.evzone.contracts.charger.ConnectorStatus;
import io.evzone.contracts.charger.ConnectorStatusReported;
import io.evzone.contracts.charger.MeterSample;
import io.evzone.gateway.dialect.MeterSamples;
import io.evzone.ocpp.v16.messages.AuthorizationStatus;
import io.evzone.ocpp.v16.messages.IdTagInfo;
import io.evzone.ocpp.v16.messages.MeterValue;
import io.evzone.ocpp.v16.messages.RegistrationStatus;
import io.evzone.ocpp.v16.messages.SampledValue;
import io.evzone.ocpp.v16.messages.StatusNotificationRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** OCPP 1.6 wire types to and from the version-neutral records. */
final class Ocpp16Mapper {

    private Ocpp16Mapper() {}

    static RegistrationStatus registration(io.evzone.contracts.charger.RegistrationStatus status) {
        return RegistrationStatus.valueOf(status.name());
    }

    static IdTagInfo idTagInfo(AuthorizationAnswer answer) {
        String parent = answer.groupId() != null && answer.groupId().length() <= 20 ? answer.groupId() : null;
        return new IdTagInfo(answer.expiresAt(), parent, authorizationStatus(answer.status()));
    }

    /** 2.0.1-only standings (NoCredit, NotAtThisTime, ...) have no 1.6 word; Invalid is the closest refusal. */
    static AuthorizationStatus authorizationStatus(io.evzone.contracts.charger.AuthorizationStatus status) {
        return switch (status) {
            case ACCEPTED -> AuthorizationStatus.ACCEPTED;
            case BLOCKED -> AuthorizationStatus.BLOCKED;
            case EXPIRED -> AuthorizationStatus.EXPIRED;
            case CONCURRENT_TX -> AuthorizationStatus.CONCURRENT_TX;
            case INVALID, NO_CREDIT, NOT_ALLOWED_TYPE_EVSE, NOT_AT_THIS_LOCATION, NOT_AT_THIS_TIME, UNKNOWN ->
                AuthorizationStatus.INVALID;
        };
    }

    static ConnectorStatusReported status(String chargePointId, StatusNotificationRequest request) {
        ConnectorStatus status = switch (request.status()) {
            case AVAILABLE -> ConnectorStatus.AVAILABLE;
            case PREPARING -> ConnectorStatus.PREPARING;
            case CHARGING -> ConnectorStatus.CHARGING;
            case SUSPENDED_EV -> ConnectorStatus.SUSPENDED_EV;
            case SUSPENDED_EVSE -> ConnectorStatus.SUSPENDED_EVSE;
            case FINISHING -> ConnectorStatus.FINISHING;
            case RESERVED -> ConnectorStatus.RESERVED;
            case UNAVAILABLE -> ConnectorStatus.UNAVAILABLE;
            case FAULTED -> ConnectorStatus.FAULTED;
        };
        return new ConnectorStatusReported(
                chargePointId,
                request.connectorId(),
                request.connectorId(),
                status,
                request.errorCode().value(),
                request.vendorErrorCode(),
                request.info(),
                request.timestamp() == null ? Instant.now() : request.timestamp());
    }

    static List<MeterSample> samples(List<MeterValue> values) {
        List<MeterSample> samples = new ArrayList<>();
        if (values == null) {
            return samples;
        }
        for (MeterValue value : values) {
            for (SampledValue sampled : value.sampledValue()) {
                BigDecimal number;
                try {
                    number = new BigDecimal(sampled.value());
                } catch (NumberFormatException e) {
                    continue; // a SignedData value carries no number
                }
                samples.add(MeterSamples.sample(
                        value.timestamp(),
                        number,
                        sampled.measurand() == null ? null : sampled.measurand().value(),
                        sampled.phase() == null ? null : sampled.phase().value(),
                        sampled.unit() == null ? null : sampled.unit().value(),
                        sampled.context() == null ? null : sampled.context().value(),
                        sampled.location() == null ? null : sampled.location().value()));
            }
        }
        return samples;
    }
}
