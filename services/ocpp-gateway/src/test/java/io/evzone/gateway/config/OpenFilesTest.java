package io.evzone.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenFilesTest {

    @Test
    void connectionsLeaveTheReservedDescriptorsToTheRestOfTheProcess() {
        assertThat(OpenFiles.within(25_000, 20_000, 1_000)).isEqualTo(19_000);
    }

    @Test
    void aLowerConfiguredMaximumStands() {
        assertThat(OpenFiles.within(5_000, 1_048_576, 1_000)).isEqualTo(5_000);
    }

    @Test
    void anUnknownLimitLeavesTheConfiguredMaximum() {
        assertThat(OpenFiles.within(25_000, -1, 1_000)).isEqualTo(25_000);
    }

    @Test
    void aTinyLimitStillLeavesHalfOfItForTheProcess() {
        assertThat(OpenFiles.within(25_000, 1_024, 1_000)).isEqualTo(512);
    }
}
