package io.evzone.ocpp.codegen;

import java.util.Map;

/**
 * The OCPP 1.6 schemas declare most types inline, without names. These are the names OCPP 1.6 §7 (Types) gives
 * them, keyed by {@code Owner.property} or by {@code property} alone. Properties not listed get their own name,
 * capitalised; the generator fails when that is ambiguous.
 */
final class Ocpp16TypeNames {
    static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("IdTagInfo.status", "AuthorizationStatus"),
            Map.entry("BootNotificationResponse.status", "RegistrationStatus"),
            Map.entry("CancelReservationResponse.status", "CancelReservationStatus"),
            Map.entry("ChangeAvailabilityRequest.type", "AvailabilityType"),
            Map.entry("ChangeAvailabilityResponse.status", "AvailabilityStatus"),
            Map.entry("ChangeConfigurationResponse.status", "ConfigurationStatus"),
            Map.entry("ClearCacheResponse.status", "ClearCacheStatus"),
            Map.entry("ClearChargingProfileResponse.status", "ClearChargingProfileStatus"),
            Map.entry("DataTransferResponse.status", "DataTransferStatus"),
            Map.entry("DiagnosticsStatusNotificationRequest.status", "DiagnosticsStatus"),
            Map.entry("FirmwareStatusNotificationRequest.status", "FirmwareStatus"),
            Map.entry("GetCompositeScheduleResponse.status", "GetCompositeScheduleStatus"),
            Map.entry("RemoteStartTransactionResponse.status", "RemoteStartStopStatus"),
            Map.entry("RemoteStopTransactionResponse.status", "RemoteStartStopStatus"),
            Map.entry("ReserveNowResponse.status", "ReservationStatus"),
            Map.entry("ResetRequest.type", "ResetType"),
            Map.entry("ResetResponse.status", "ResetStatus"),
            Map.entry("SendLocalListResponse.status", "UpdateStatus"),
            Map.entry("SetChargingProfileResponse.status", "ChargingProfileStatus"),
            Map.entry("StatusNotificationRequest.status", "ChargePointStatus"),
            Map.entry("StatusNotificationRequest.errorCode", "ChargePointErrorCode"),
            Map.entry("TriggerMessageRequest.requestedMessage", "MessageTrigger"),
            Map.entry("TriggerMessageResponse.status", "TriggerMessageStatus"),
            Map.entry("UnlockConnectorResponse.status", "UnlockStatus"),
            Map.entry("chargingProfilePurpose", "ChargingProfilePurposeType"),
            Map.entry("chargingProfileKind", "ChargingProfileKindType"),
            Map.entry("recurrencyKind", "RecurrencyKindType"),
            Map.entry("chargingRateUnit", "ChargingRateUnitType"),
            Map.entry("context", "ReadingContext"),
            Map.entry("format", "ValueFormat"),
            Map.entry("unit", "UnitOfMeasure"),
            Map.entry("transactionData", "MeterValue"),
            Map.entry("configurationKey", "KeyValue"),
            Map.entry("localAuthorizationList", "AuthorizationData"),
            Map.entry("csChargingProfiles", "ChargingProfile"));

    private Ocpp16TypeNames() {}
}
