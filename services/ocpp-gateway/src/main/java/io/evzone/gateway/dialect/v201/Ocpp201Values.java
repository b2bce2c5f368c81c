package io.evzone.gateway.dialect.v201;

import static io.evzone.gateway.dialect.OcppCalls.invalid;

import io.evzone.contracts.charger.IdToken;
import io.evzone.contracts.charger.command.Certificates;
import io.evzone.contracts.charger.command.ChargingProfile;
import io.evzone.contracts.charger.command.ClearChargingProfile;
import io.evzone.contracts.charger.command.ConfigurationKey;
import io.evzone.contracts.charger.command.SendLocalList;
import io.evzone.contracts.charger.command.SetDisplayMessage;
import io.evzone.contracts.charger.command.UpdateFirmware;
import io.evzone.ocpp.v201.messages.AuthorizationData;
import io.evzone.ocpp.v201.messages.AuthorizationStatusEnumType;
import io.evzone.ocpp.v201.messages.CertificateHashDataType;
import io.evzone.ocpp.v201.messages.ChargingProfileKindEnumType;
import io.evzone.ocpp.v201.messages.ChargingProfilePurposeEnumType;
import io.evzone.ocpp.v201.messages.ChargingProfileType;
import io.evzone.ocpp.v201.messages.ChargingRateUnitEnumType;
import io.evzone.ocpp.v201.messages.ChargingSchedulePeriodType;
import io.evzone.ocpp.v201.messages.ChargingScheduleType;
import io.evzone.ocpp.v201.messages.ClearChargingProfileRequest;
import io.evzone.ocpp.v201.messages.ClearChargingProfileType;
import io.evzone.ocpp.v201.messages.ComponentType;
import io.evzone.ocpp.v201.messages.FirmwareType;
import io.evzone.ocpp.v201.messages.GetCertificateIdUseEnumType;
import io.evzone.ocpp.v201.messages.HashAlgorithmEnumType;
import io.evzone.ocpp.v201.messages.IdTokenEnumType;
import io.evzone.ocpp.v201.messages.IdTokenInfoType;
import io.evzone.ocpp.v201.messages.IdTokenType;
import io.evzone.ocpp.v201.messages.InstallCertificateUseEnumType;
import io.evzone.ocpp.v201.messages.MessageContentType;
import io.evzone.ocpp.v201.messages.MessageFormatEnumType;
import io.evzone.ocpp.v201.messages.MessageInfoType;
import io.evzone.ocpp.v201.messages.MessagePriorityEnumType;
import io.evzone.ocpp.v201.messages.MessageStateEnumType;
import io.evzone.ocpp.v201.messages.RecurrencyKindEnumType;
import io.evzone.ocpp.v201.messages.UpdateFirmwareRequest;
import io.evzone.ocpp.v201.messages.VariableType;
import java.util.List;

/** The values inside 2.0.1 commands: id tokens, charging profiles, variables, certificates, display messages. */
final class Ocpp201Values {

    private Ocpp201Values() {}

    /** The token with its own type (ISO14443, eMAID, ...), never replaced by Central. */
    static IdTokenType idToken(IdToken token) {
        if (token.type() == null || token.type().isBlank()) {
            throw invalid("idToken.type: required by OCPP 2.0.1 (ISO14443, ISO15693, eMAID, Central, ...)");
        }
        try {
            return IdTokenType.of(token.value(), IdTokenEnumType.fromValue(token.type()));
        } catch (IllegalArgumentException e) {
            throw invalid("idToken.type: '" + token.type() + "' is not an OCPP 2.0.1 id token type");
        }
    }

    static ChargingProfileType profile(ChargingProfile p) {
        ChargingProfile.Schedule s = p.schedule();
        var schedule = new ChargingScheduleType(
                null,
                1,
                s.startSchedule(),
                s.durationSeconds(),
                rateUnit(s.rateUnit()),
                s.periods().stream()
                        .map(period -> new ChargingSchedulePeriodType(
                                null, period.startPeriod(), period.limit(), period.numberPhases(), null))
                        .toList(),
                null,
                null);
        return new ChargingProfileType(
                null,
                p.id(),
                p.stackLevel() == null ? 0 : p.stackLevel(),
                purpose(p.purpose()),
                ChargingProfileKindEnumType.valueOf(p.kind().name()),
                p.recurrency() == null
                        ? null
                        : RecurrencyKindEnumType.valueOf(p.recurrency().name()),
                p.validFrom(),
                p.validTo(),
                List.of(schedule),
                p.transactionId());
    }

    static ChargingProfilePurposeEnumType purpose(ChargingProfile.Purpose purpose) {
        return switch (purpose) {
            case CHARGER_MAX -> ChargingProfilePurposeEnumType.CHARGING_STATION_MAX_PROFILE;
            case TX_DEFAULT -> ChargingProfilePurposeEnumType.TX_DEFAULT_PROFILE;
            case TX -> ChargingProfilePurposeEnumType.TX_PROFILE;
        };
    }

    static ChargingRateUnitEnumType rateUnit(ChargingProfile.RateUnit unit) {
        return unit == null ? null : ChargingRateUnitEnumType.valueOf(unit.name());
    }

    static ClearChargingProfileRequest clearProfile(ClearChargingProfile c) {
        boolean criteria = c.evseId() != null || c.purpose() != null || c.stackLevel() != null;
        return new ClearChargingProfileRequest(
                null,
                c.chargingProfileId(),
                criteria
                        ? new ClearChargingProfileType(
                                null, c.evseId(), c.purpose() == null ? null : purpose(c.purpose()), c.stackLevel())
                        : null);
    }

    static ComponentType component(ConfigurationKey key) {
        if (key.component() == null || key.component().isBlank()) {
            throw invalid("component: required by OCPP 2.0.1 for " + key.variable());
        }
        return new ComponentType(null, null, key.component(), null);
    }

    static VariableType variable(ConfigurationKey key) {
        return new VariableType(null, key.variable(), key.instance());
    }

    static AuthorizationData entry(SendLocalList.Entry entry) {
        IdTokenInfoType info = entry.status() == null
                ? null
                : new IdTokenInfoType(
                        null,
                        AuthorizationStatusEnumType.valueOf(entry.status().name()),
                        entry.expiresAt(),
                        null,
                        null,
                        null,
                        entry.groupId() == null ? null : IdTokenType.of(entry.groupId(), IdTokenEnumType.CENTRAL),
                        null,
                        null);
        return new AuthorizationData(null, idToken(entry.idToken()), info);
    }

    static UpdateFirmwareRequest firmware(UpdateFirmware f) {
        var firmware = new FirmwareType(
                null,
                f.location(),
                f.retrieveAt(),
                f.installAt(),
                f.signed() ? f.signature().signingCertificate() : null,
                f.signed() ? f.signature().signature() : null);
        return new UpdateFirmwareRequest(null, f.retries(), f.retryIntervalSeconds(), f.requestId(), firmware);
    }

    static MessageInfoType message(SetDisplayMessage m) {
        return new MessageInfoType(
                null,
                null,
                m.id(),
                MessagePriorityEnumType.valueOf(m.priority().name()),
                m.state() == null
                        ? null
                        : MessageStateEnumType.valueOf(m.state().name()),
                m.startAt(),
                m.endAt(),
                m.transactionId(),
                new MessageContentType(
                        null,
                        MessageFormatEnumType.valueOf(m.content().format().name()),
                        m.content().language(),
                        m.content().text()));
    }

    static InstallCertificateUseEnumType installUse(Certificates.Use use) {
        return switch (use) {
            case CSMS_ROOT -> InstallCertificateUseEnumType.CSMS_ROOT_CERTIFICATE;
            case MANUFACTURER_ROOT -> InstallCertificateUseEnumType.MANUFACTURER_ROOT_CERTIFICATE;
            case V2G_ROOT -> InstallCertificateUseEnumType.V2G_ROOT_CERTIFICATE;
            case MO_ROOT -> InstallCertificateUseEnumType.MO_ROOT_CERTIFICATE;
            case V2G_CERTIFICATE_CHAIN -> throw invalid("use: a V2G certificate chain is not installed as a root");
        };
    }

    static GetCertificateIdUseEnumType idUse(Certificates.Use use) {
        return switch (use) {
            case CSMS_ROOT -> GetCertificateIdUseEnumType.CSMS_ROOT_CERTIFICATE;
            case MANUFACTURER_ROOT -> GetCertificateIdUseEnumType.MANUFACTURER_ROOT_CERTIFICATE;
            case V2G_ROOT -> GetCertificateIdUseEnumType.V2G_ROOT_CERTIFICATE;
            case MO_ROOT -> GetCertificateIdUseEnumType.MO_ROOT_CERTIFICATE;
            case V2G_CERTIFICATE_CHAIN -> GetCertificateIdUseEnumType.V2G_CERTIFICATE_CHAIN;
        };
    }

    static CertificateHashDataType hash(Certificates.Hash hash) {
        return new CertificateHashDataType(
                null,
                HashAlgorithmEnumType.valueOf(hash.hashAlgorithm().name()),
                hash.issuerNameHash(),
                hash.issuerKeyHash(),
                hash.serialNumber());
    }
}
