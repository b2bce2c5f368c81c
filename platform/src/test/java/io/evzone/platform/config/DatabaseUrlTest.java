package io.evzone.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void readsTheUrlFormMostToolingUses() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://evzone:s%40cret@db.internal:6543/evzone?sslmode=require");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/evzone?sslmode=require");
        assertThat(url.username()).isEqualTo("evzone");
        assertThat(url.password()).isEqualTo("s@cret");
    }

    @Test
    void defaultsThePortAndDatabase() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://db");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/postgres");
        assertThat(url.username()).isNull();
    }

    @Test
    void keepsJdbcUrlsAsTheyAre() {
        assertThat(DatabaseUrl.parse("jdbc:postgresql://localhost:5432/evzone").jdbcUrl())
                .isEqualTo("jdbc:postgresql://localhost:5432/evzone");
    }

    @Test
    void refusesOtherDatabases() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://localhost/evzone"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DATABASE_URL");
    }

    @Test
    void neverPrintsThePassword() {
        assertThat(DatabaseUrl.parse("postgresql://u:topsecret@h/d").toString()).doesNotContain("topsecret");
    }
}
