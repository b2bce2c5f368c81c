package io.evzone.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;
import org.springframework.format.support.DefaultFormattingConversionService;

class CaseInsensitiveEnumsTest {

    private final DefaultFormattingConversionService conversions = new DefaultFormattingConversionService();

    {
        conversions.addConverterFactory(new CaseInsensitiveEnums());
    }

    @Test
    void aParameterMatchesAnEnumValueInAnyCase() {
        assertThat(conversions.convert("monday", DayOfWeek.class)).isEqualTo(DayOfWeek.MONDAY);
        assertThat(conversions.convert(" Friday ", DayOfWeek.class)).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(conversions.convert("SUNDAY", DayOfWeek.class)).isEqualTo(DayOfWeek.SUNDAY);
    }

    @Test
    void anUnknownValueStillFails() {
        assertThatThrownBy(() -> conversions.convert("someday", DayOfWeek.class))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }
}
