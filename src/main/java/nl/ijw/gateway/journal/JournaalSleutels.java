package nl.ijw.gateway.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two journal keys: from configuration in production; for development, a key file made once
 * under the data dir (readable by the owner only), so hashes and payloads stay usable across restarts.
 */
public record JournaalSleutels(byte[] bsnSleutel, byte[] payloadSleutel) {

    private static final Logger LOG = LoggerFactory.getLogger(JournaalSleutels.class);

    public static JournaalSleutels laad(String bsnSleutel, String payloadSleutel, Path dataDir) {
        if (bsnSleutel != null && payloadSleutel != null) {
            return new JournaalSleutels(Base64.getDecoder().decode(bsnSleutel), Base64.getDecoder().decode(payloadSleutel));
        }
        Path bestand = dataDir.resolve("journaal").resolve("ontwikkelsleutels.properties");
        try {
            Properties sleutels = new Properties();
            if (Files.exists(bestand)) {
                try (var in = Files.newInputStream(bestand)) {
                    sleutels.load(in);
                }
            } else {
                SecureRandom random = new SecureRandom();
                sleutels.setProperty("bsn", Base64.getEncoder().encodeToString(random.generateSeed(32)));
                sleutels.setProperty("payload", Base64.getEncoder().encodeToString(random.generateSeed(32)));
                Files.createDirectories(bestand.getParent());
                Files.createFile(bestand);
                try {
                    Files.setPosixFilePermissions(bestand, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // Not a POSIX file system: the data dir's own protection has to do.
                }
                try (var uit = Files.newOutputStream(bestand)) {
                    sleutels.store(uit, "Development keys of the ijw-gateway journal: never use in production");
                }
            }
            LOG.warn("Journaal gebruikt ontwikkelsleutels uit {}; stel ijw.journaal.bsn-sleutel en "
                    + "ijw.journaal.payload-sleutel in voor productie", bestand);
            return new JournaalSleutels(Base64.getDecoder().decode(sleutels.getProperty("bsn")),
                    Base64.getDecoder().decode(sleutels.getProperty("payload")));
        } catch (IOException e) {
            throw new UncheckedIOException("Ontwikkelsleutels van het journaal niet te maken in " + bestand, e);
        }
    }
}
