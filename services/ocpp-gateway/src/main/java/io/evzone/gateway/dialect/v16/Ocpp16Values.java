package io.evzone.gateway.dialect.v16;

import io.evzone.contracts.charger.command.Certificates;
import io.evzone.contracts.charger.command.ChargingProfile;
import io.evzone.contracts.charger.command.SendLocalList;
import io.evzone.ocpp.v16.messages.AuthorizationData;
import io.evzone.ocpp.v16.messages.CertificateHashDataType;
import io.evzone.ocpp.v16.messages.CertificateUseEnumType;
import io.evzone.ocpp.v16.messages.ChargingProfileKindType;
import io.evzone.ocpp.v16.messages.ChargingProfilePurposeType;
import io.evzone.ocpp.v16.messages.ChargingRateUnitType;
import io.evzone.ocpp.v16.messages.ChargingSchedule;
import io.evzone.ocpp.v16.messages.ChargingSchedulePeriod;
import io.evzone.ocpp.v16.messages.HashAlgorithmEnumType;
import io.evzone.ocpp.v16.messages.IdTagInfo;
import io.evzone.ocpp.v16.messages.RecurrencyKindType;
import java.util.Optional;

/** The values inside 1.6 commands: charging profiles, local list entries, certificate uses and hashes. */
final class Ocpp16Values {

    private Ocpp16Values() {}

    static io.evzone.ocpp.v16.messages.ChargingProfile profile(ChargingProfile p) {
        ChargingProfile.Schedule s = p.schedule();
        return new io.evzone.ocpp.v16.messages.ChargingProfile(
                p.id(),
                p.transactionId() == null ? null : Ocpp16Operations.transactionId(p.transactionId()),
                p.stackLevel() == null ? 0 : p.stackLevel(),
                purpose(p.purpose()),
                ChargingProfileKindType.valueOf(p.kind().name()),
                p.recurrency() == null
                        ? null
                        : RecurrencyKindType.valueOf(p.recurrency().name()),
                p.validFrom(),
                p.validTo(),
                new ChargingSchedule(
                        s.durationSeconds(),
                        s.startSchedule(),
                        rateUnit(s.rateUnit()),
                        s.periods().stream()
                                .map(period -> new ChargingSchedulePeriod(
                                        period.startPeriod(), period.limit(), period.numberPhases()))
                                .toList(),
                        null));
    }

    static ChargingProfilePurposeType purpose(ChargingProfile.Purpose purpose) {
        return switch (purpose) {
            case CHARGER_MAX -> ChargingProfilePurposeType.CHARGE_POINT_MAX_PROFILE;
            case TX_DEFAULT -> ChargingProfilePurposeType.TX_DEFAULT_PROFILE;
            case TX -> ChargingProfilePurposeType.TX_PROFILE;
        };
    }

    static ChargingRateUnitType rateUnit(ChargingProfile.RateUnit unit) {
        return unit == null ? null : ChargingRateUnitType.valueOf(unit.name());
    }

    static AuthorizationData entry(SendLocalList.Entry entry) {
        IdTagInfo info = entry.status() == null
                ? null
                : new IdTagInfo(entry.expiresAt(), entry.groupId(), Ocpp16Mapper.authorizationStatus(entry.status()));
        return new AuthorizationData(entry.idToken().value(), info);
    }

    static Optional<CertificateUseEnumType> certificateUse(Certificates.Use use) {
        return switch (use) {
            case CSMS_ROOT -> Optional.of(CertificateUseEnumType.CENTRAL_SYSTEM_ROOT_CERTIFICATE);
            case MANUFACTURER_ROOT -> Optional.of(CertificateUseEnumType.MANUFACTURER_ROOT_CERTIFICATE);
            case V2G_ROOT, MO_ROOT, V2G_CERTIFICATE_CHAIN -> Optional.empty();
        };
    }

    static CertificateHashDataType hash(Certificates.Hash hash) {
        return new CertificateHashDataType(
                HashAlgorithmEnumType.valueOf(hash.hashAlgorithm().name()),
                hash.issuerNameHash(),
                hash.issuerKeyHash(),
                hash.serialNumber());
    }
}
