package nl.ijw.gateway.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A PostgreSQL server for the production-shape runs of {@code run.sh --instances}: a real server
 * process on a free loopback port with its data in the given folder. Prints
 * {@code JDBC jdbc:postgresql://...} once it takes connections and runs until this process is
 * stopped (SIGTERM), which stops the server too. The server is a child process of this one.
 *
 * <pre>java -cp ijw-gateway-bench.jar nl.ijw.gateway.bench.Database DATA_DIR</pre>
 */
public final class Database {

    private Database() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java -cp ijw-gateway-bench.jar nl.ijw.gateway.bench.Database DATA_DIR");
            System.exit(2);
        }
        Path data = Files.createDirectories(Path.of(args[0]));
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(data.resolve("pgdata"))
                .setOverrideWorkingDirectory(data.resolve("bin").toFile())
                .setCleanDataDirectory(true)
                .setPort(FreePorts.take(1)[0])
                // Each gateway instance holds up to about 100 connections (journal pool and per-client locks).
                .setServerConfig("max_connections", "300")
                // Durable like a production server: the test library's defaults turn fsync and
                // synchronous commit off, which would make every journal commit cheaper than it is.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("stopping PostgreSQL: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "database-stop"));
        System.out.println("JDBC " + server.getJdbcUrl("postgres", "postgres"));
        System.out.flush();
        stopped.await();
    }
}
