package io.evzone.station.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CoordinatesTest {

    @Test
    void refusesLatitudesAndLongitudesOutsideTheGlobeNamingTheField() {
        assertThatThrownBy(() -> new Coordinates(91, 0)).hasMessageStartingWith("latitude:");
        assertThatThrownBy(() -> new Coordinates(0, -180.5)).hasMessageStartingWith("longitude:");
        assertThatThrownBy(() -> new Coordinates(Double.NaN, 0)).hasMessageStartingWith("latitude:");
    }

    @Test
    void latitudeAndLongitudeComeTogetherOrNotAtAll() {
        assertThat(Coordinates.ofNullable(null, null)).isNull();
        assertThatThrownBy(() -> Coordinates.ofNullable(0.3, null)).hasMessageStartingWith("longitude:");
    }

    @Test
    void haversineDistanceKampalaToEntebbeIsAbout35Km() {
        var kampala = new Coordinates(0.3476, 32.5825);
        var entebbe = new Coordinates(0.0512, 32.4637);

        assertThat(kampala.distanceKmTo(entebbe)).isCloseTo(35.5, within(1.0));
    }
}
