package nl.ijw.gateway.config;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import nl.ijw.gateway.journal.GroepsCommit;
import nl.ijw.gateway.journal.H2WithoutForeignKeys;
import nl.ijw.gateway.journal.JournaalCompactie;
import org.flywaydb.core.api.callback.Callback;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.unit.DataSize;

/**
 * The journal database when none is configured: an embedded H2 file under the data dir, in
 * PostgreSQL mode so one set of migrations serves both. Setting {@code spring.datasource.url}
 * (e.g. to PostgreSQL) replaces it entirely.
 */
@Configuration(proxyBeanMethods = false)
public class JournaalDatabaseConfiguration {

    /** Connections beyond one per consumer: the journal's writer, the timers, the HTTP API. */
    private static final int EXTRA_VERBINDINGEN = 4;

    /** Up to 40 MB of sparse chunks a second gone through once the journal is quiet (see the class). */
    private static final Duration COMPACTIE_INTERVAL = Duration.ofMillis(100);

    @Bean
    @Conditional(GeenDatabaseIngesteld.class)
    DataSource journaalDatabase(GatewayProperties properties) {
        HikariDataSource database = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(url(properties.dataDir(), properties.journaal().paginacache()))
                .username("ijw")
                .build();
        // Every consumer of ijw.in reads the journal while it judges a message, and the journal's writer
        // holds one connection: with fewer connections than that, consumers queue for one.
        database.setMaximumPoolSize(properties.intake().concurrentConsumers() + EXTRA_VERBINDINGEN);
        return database;
    }

    /** The embedded journal's URL: its file under the data dir, with a page cache of the given size. */
    public static String url(Path dataDir, DataSize paginacache) {
        // H2 refuses paths relative to the working directory; the data dir may be given as one.
        // WRITE_DELAY=0: a commit reaches the file at once, not up to a second later. The JMS commit
        // follows the journal's; a journal commit lost in a crash would leave a delivered message
        // that the journal does not know (the crash test found exactly that). It also stops H2's
        // background writer, whose housekeeping JournaalCompactie does instead.
        // QUERY_CACHE_SIZE=64: the journal's writer runs some fifteen different statements; with H2's
        // default of 8 parsed statements per connection it parsed nearly every one again.
        // DB_CLOSE_ON_EXIT=FALSE: H2 would otherwise close the database from a shutdown hook of its own,
        // at the moment the gateway starts to stop, while the intake still finishes the messages it
        // holds and journals them. The connection pool, closed last, closes it now.
        // CACHE_SIZE (ijw.journaal.paginacache, 4 MB; H2's default is 16 MB): under load H2's page
        // cache turns over within seconds (the pages each commit writes, the random pages the rules
        // read), so most of it is objects that live just long enough for the collector to copy them
        // at a young pause. With 16 MB that was about half of what each pause copied, and the pauses
        // made the latency's tail (README, Benchmark, "Latency"); at full load 4 MB cost nothing the
        // benchmark's spread shows.
        String bestand = dataDir.toAbsolutePath().normalize().resolve("journaal").resolve("ijw").toString();
        return "jdbc:h2:file:" + bestand
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;QUERY_CACHE_SIZE=64;CACHE_SIZE=" + paginacache.toKilobytes()
                + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /** Rewrites what H2's background writer would have, so the embedded journal's file stops growing. */
    @Bean
    @Conditional(GeenDatabaseIngesteld.class)
    JournaalCompactie journaalCompactie(DataSource journaalDatabase, ObjectProvider<GroepsCommit> groepsCommit) {
        // Without the journal (ijw.journaal.actief=false) nothing is written, and the file stays as it is.
        GroepsCommit schrijver = groepsCommit.getIfAvailable();
        return new JournaalCompactie(journaalDatabase, schrijver == null ? () -> 0 : schrijver::geschreven,
                COMPACTIE_INTERVAL, Optional.empty());
    }

    /** After Flyway's migrations: no foreign keys on H2 (see the class). */
    @Bean
    Callback h2WithoutForeignKeys() {
        return new H2WithoutForeignKeys();
    }

    static final class GeenDatabaseIngesteld implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().containsProperty("spring.datasource.url");
        }
    }
}
