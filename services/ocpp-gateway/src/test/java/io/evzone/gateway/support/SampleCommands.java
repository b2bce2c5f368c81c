package io.evzone.gateway.support;

import io.evzone.contracts.charger.AuthorizationStatus;
import io.evzone.contracts.charger.IdToken;
import io.evzone.contracts.charger.command.CancelReservation;
import io.evzone.contracts.charger.command.CertificateSigned;
import io.evzone.contracts.charger.command.Certificates;
import io.evzone.contracts.charger.command.ChangeAvailability;
import io.evzone.contracts.charger.command.ChangeConfiguration;
import io.evzone.contracts.charger.command.ChargerCommand;
import io.evzone.contracts.charger.command.ChargingProfile;
import io.evzone.contracts.charger.command.ClearCache;
import io.evzone.contracts.charger.command.ClearChargingProfile;
import io.evzone.contracts.charger.command.ClearDisplayMessage;
import io.evzone.contracts.charger.command.ConfigurationKey;
import io.evzone.contracts.charger.command.CostUpdated;
import io.evzone.contracts.charger.command.DataTransfer;
import io.evzone.contracts.charger.command.DeleteCertificate;
import io.evzone.contracts.charger.command.DisplayMessages;
import io.evzone.contracts.charger.command.GetCompositeSchedule;
import io.evzone.contracts.charger.command.GetConfiguration;
import io.evzone.contracts.charger.command.GetDisplayMessages;
import io.evzone.contracts.charger.command.GetInstalledCertificateIds;
import io.evzone.contracts.charger.command.GetLocalListVersion;
import io.evzone.contracts.charger.command.GetLog;
import io.evzone.contracts.charger.command.GetReport;
import io.evzone.contracts.charger.command.InstallCertificate;
import io.evzone.contracts.charger.command.RawOcpp;
import io.evzone.contracts.charger.command.RemoteStart;
import io.evzone.contracts.charger.command.RemoteStop;
import io.evzone.contracts.charger.command.ReserveNow;
import io.evzone.contracts.charger.command.Reset;
import io.evzone.contracts.charger.command.SendLocalList;
import io.evzone.contracts.charger.command.SetChargerPassword;
import io.evzone.contracts.charger.command.SetChargingProfile;
import io.evzone.contracts.charger.command.SetDisplayMessage;
import io.evzone.contracts.charger.command.TriggerMessage;
import io.evzone.contracts.charger.command.UnlockConnector;
import io.evzone.contracts.charger.command.UpdateFirmware;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One valid command of every operation, by operation name: the fixture that shows each has a translation. */
public final class SampleCommands {

    private SampleCommands() {}

    public static Map<String, ChargerCommand> all(String transactionId) {
        Instant soon = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        IdToken card = new IdToken("NODE-TAG", "ISO14443");
        var profile = new ChargingProfile(
                11,
                0,
                ChargingProfile.Purpose.TX_DEFAULT,
                ChargingProfile.Kind.ABSOLUTE,
                null,
                null,
                null,
                null,
                new ChargingProfile.Schedule(
                        soon,
                        null,
                        ChargingProfile.RateUnit.W,
                        List.of(new ChargingProfile.Period(0, BigDecimal.valueOf(11000), null))));
        var hash = new Certificates.Hash(Certificates.HashAlgorithm.SHA256, "aa11", "bb22", "01");
        List<ChargerCommand> commands = List.of(
                new Reset(Reset.Type.HARD, null),
                new RemoteStart(1, null, card, 77, null),
                new RemoteStop(transactionId),
                new UnlockConnector(1, 1),
                new ChangeAvailability(1, null, false),
                new ReserveNow(7, 1, null, soon, card, null),
                new CancelReservation(7),
                new SetChargingProfile(1, profile),
                new ClearChargingProfile(11, null, null, null),
                new GetCompositeSchedule(1, 3600, ChargingProfile.RateUnit.W),
                new TriggerMessage(TriggerMessage.Message.HEARTBEAT, null, null),
                new GetConfiguration(List.of(new ConfigurationKey("OCPPCommCtrlr", "HeartbeatInterval", null))),
                new ChangeConfiguration(new ConfigurationKey("OCPPCommCtrlr", "HeartbeatInterval", null), "600"),
                new GetReport(5, GetReport.Base.FULL_INVENTORY),
                new ClearCache(),
                new SendLocalList(
                        3,
                        SendLocalList.UpdateType.FULL,
                        List.of(new SendLocalList.Entry(card, AuthorizationStatus.ACCEPTED, null, null))),
                new GetLocalListVersion(),
                new GetLog(GetLog.Kind.SECURITY, 9, "https://logs.example.com/upload", null, null, null, null),
                new UpdateFirmware(12, "https://firmware.example.com/cp.bin", soon, null, null, null, null),
                new DataTransfer("com.example", "ping", "hello"),
                new CostUpdated(transactionId, 150_000L, "UGX"),
                new SetDisplayMessage(
                        3,
                        DisplayMessages.Priority.NORMAL_CYCLE,
                        null,
                        null,
                        null,
                        null,
                        new DisplayMessages.Content(DisplayMessages.Format.UTF8, "en", "Welcome")),
                new GetDisplayMessages(4, List.of(), null, null),
                new ClearDisplayMessage(3),
                new InstallCertificate(Certificates.Use.CSMS_ROOT, "-----BEGIN CERTIFICATE-----"),
                new GetInstalledCertificateIds(List.of(Certificates.Use.CSMS_ROOT)),
                new DeleteCertificate(hash),
                new CertificateSigned("-----BEGIN CERTIFICATE-----", false),
                new SetChargerPassword("a-new-password-of-24-ch"),
                new RawOcpp("ClearCache", Map.of()));
        Map<String, ChargerCommand> byOperation = new LinkedHashMap<>();
        commands.forEach(command -> byOperation.put(command.operation(), command));
        return byOperation;
    }
}
