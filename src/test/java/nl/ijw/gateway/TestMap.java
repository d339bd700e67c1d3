package nl.ijw.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.util.FileSystemUtils;

/**
 * A temporary directory for a gateway kept in Spring's test context cache: its broker journal and
 * database, a few hundred MB a run. Such a context is closed only when the test JVM exits, so JUnit's
 * {@code @TempDir} would remove the directory under a running broker.
 */
public final class TestMap {

    private TestMap() {
    }

    /** A new directory, removed once every Spring context of this JVM has been closed. */
    public static Path totDeContextenSluiten(String voorvoegsel) {
        Path map;
        try {
            map = Files.createTempDirectory(voorvoegsel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Spring Boot runs these handlers after it has closed its contexts, cached test contexts
        // included; a JVM shutdown hook of our own would run alongside the broker's last writes.
        SpringApplication.getShutdownHandlers().add(() -> verwijder(map));
        return map;
    }

    private static void verwijder(Path map) {
        try {
            FileSystemUtils.deleteRecursively(map);
        } catch (IOException e) {
            // The JVM is exiting: all that is lost is disk space, and the path says which.
            System.err.println("Testmap niet verwijderd: " + map + " (" + e + ")");
        }
    }
}
