package io.evzone.station.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportKindTest {

    @Test
    void eachKeptActionHasItsHistoryAndOthersNone() {
        assertThat(ReportKind.ofAction("SecurityEventNotification")).contains(ReportKind.SECURITY);
        assertThat(ReportKind.ofAction("SignCertificate")).contains(ReportKind.SECURITY);
        assertThat(ReportKind.ofAction("CertificateSigned")).contains(ReportKind.SECURITY);
        assertThat(ReportKind.ofAction("FirmwareStatusNotification")).contains(ReportKind.FIRMWARE);
        assertThat(ReportKind.ofAction("SignedFirmwareStatusNotification")).contains(ReportKind.FIRMWARE);
        assertThat(ReportKind.ofAction("PublishFirmwareStatusNotification")).contains(ReportKind.FIRMWARE);
        assertThat(ReportKind.ofAction("DiagnosticsStatusNotification")).contains(ReportKind.DIAGNOSTICS);
        assertThat(ReportKind.ofAction("LogStatusNotification")).contains(ReportKind.DIAGNOSTICS);
        assertThat(ReportKind.ofAction("NotifyEvent")).contains(ReportKind.EVENT);
        assertThat(ReportKind.ofAction("DataTransfer")).isEmpty();
        assertThat(ReportKind.ofAction(null)).isEmpty();
    }

    @Test
    void aOneSixConfigurationKeyIsAnActualValueWithoutComponent() {
        DeviceVariable key = DeviceVariable.configurationKey("HeartbeatInterval", "300", false, Instant.EPOCH);

        assertThat(key.component()).isEmpty();
        assertThat(key.evseId()).isZero();
        assertThat(key.attributeType()).isEqualTo("Actual");
        assertThat(key.mutability()).isEqualTo("ReadWrite");
        assertThat(DeviceVariable.configurationKey("NumberOfConnectors", "2", true, Instant.EPOCH)
                        .mutability())
                .isEqualTo("ReadOnly");
    }
}
