package nl.ijw.gateway.journal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The two databases the journal runs on, for tests: embedded H2 in PostgreSQL mode (the default)
 * and a real PostgreSQL server process, started once per test JVM and stopped when it exits.
 * Each call gives a fresh, migrated database.
 */
public final class Databases {

    private static EmbeddedPostgres postgres;

    private Databases() {
    }

    public static DataSource h2() {
        return gemigreerd(leegH2());
    }

    public static DataSource postgresql() {
        return gemigreerd(leegPostgresql());
    }

    /** A fresh H2 database without the journal's schema: for tests of the migrations themselves. */
    static DataSource leegH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        return h2;
    }

    /** A fresh database on the PostgreSQL server, without the journal's schema. */
    static synchronized DataSource leegPostgresql() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        // the process ends anyway
                    }
                }));
            }
            String naam = "journaal_" + UUID.randomUUID().toString().replace("-", "");
            try (var verbinding = postgres.getPostgresDatabase().getConnection(); var stmt = verbinding.createStatement()) {
                stmt.execute("CREATE DATABASE " + naam);
            }
            return postgres.getDatabase("postgres", naam);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL kon niet starten", e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DataSource gemigreerd(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).load().migrate();
        return dataSource;
    }
}
