package io.evzone.platform.embedded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the application's login role and database on a fresh cluster; leaves an existing one alone. */
final class PostgresDatabase {

    private static final Logger log = LoggerFactory.getLogger(PostgresDatabase.class);

    private PostgresDatabase() {}

    /**
     * Creates the role {@code owner} and the database {@code database} it owns, each unless it exists.
     *
     * @param superuser a data source that connects as a superuser to an existing database
     */
    static void createIfMissing(DataSource superuser, String database, String owner, String password) {
        try (Connection connection = superuser.getConnection();
                Statement statement = connection.createStatement()) {
            if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", owner)) {
                statement.execute("CREATE ROLE " + owner + " LOGIN PASSWORD '" + password + "'");
            }
            if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                statement.execute("CREATE DATABASE " + database + " OWNER " + owner);
                log.info("PostgreSQL: created database {} owned by {}", database, owner);
            }
        } catch (SQLException e) {
            throw new EmbeddedServerException("Cannot create the PostgreSQL database " + database, e);
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }
}
