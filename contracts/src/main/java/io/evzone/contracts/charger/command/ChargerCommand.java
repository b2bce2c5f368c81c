package io.evzone.contracts.charger.command;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An operation the CSMS asks a charger to perform, independent of the charger's OCPP version. Adding one is a record
 * here plus one case in each version's translation in the gateway, which does not compile until it has them.
 * {@link RawOcpp} carries an OCPP action as is, for platform administrators.
 */
public sealed interface ChargerCommand
        permits Reset,
                RemoteStart,
                RemoteStop,
                UnlockConnector,
                ChangeAvailability,
                ReserveNow,
                CancelReservation,
                SetChargingProfile,
                ClearChargingProfile,
                GetCompositeSchedule,
                TriggerMessage,
                GetConfiguration,
                ChangeConfiguration,
                GetReport,
                ClearCache,
                SendLocalList,
                GetLocalListVersion,
                GetLog,
                UpdateFirmware,
                DataTransfer,
                CostUpdated,
                SetDisplayMessage,
                GetDisplayMessages,
                ClearDisplayMessage,
                InstallCertificate,
                GetInstalledCertificateIds,
                DeleteCertificate,
                CertificateSigned,
                SetChargerPassword,
                RawOcpp {

    /** Every operation by its name ({@code reset}, {@code remote-start}, ...). */
    Map<String, Class<? extends ChargerCommand>> OPERATIONS = Arrays.stream(
                    ChargerCommand.class.getPermittedSubclasses())
            .map(type -> type.asSubclass(ChargerCommand.class))
            .collect(Collectors.toUnmodifiableMap(ChargerCommand::operationOf, Function.identity()));

    /** The operation's name: the record's name in kebab case ({@code remote-start}). */
    default String operation() {
        return operationOf(getClass());
    }

    static String operationOf(Class<? extends ChargerCommand> type) {
        return type.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    static Optional<Class<? extends ChargerCommand>> byOperation(String operation) {
        return Optional.ofNullable(OPERATIONS.get(operation));
    }

    static List<String> operations() {
        return OPERATIONS.keySet().stream().sorted().toList();
    }
}
