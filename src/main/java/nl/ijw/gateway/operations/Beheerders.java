package nl.ijw.gateway.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import nl.ijw.gateway.config.GatewayProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The operators who may sign in, from configuration. There is no default password: outside production
 * a gateway without configured operators makes one, {@value #ONTWIKKELAAR}, with a random password
 * that it keeps in a file under its data dir (readable by its owner only) and never logs. In production
 * mode it refuses to start without operators, or with a password that is not hashed.
 */
public final class Beheerders {

    /** Role of an operator who may act: re-drive, remove, reload, and see payloads. */
    public static final String BEHEERDER = "BEHEERDER";
    /** Role of an operator who may only look (no payloads). */
    public static final String LEZER = "LEZER";
    static final String ONTWIKKELAAR = "beheerder";
    static final String WACHTWOORDBESTAND = "beheer-wachtwoord.txt";

    private static final Logger LOG = LoggerFactory.getLogger(Beheerders.class);
    private static final Set<String> ROLLEN = Set.of(BEHEERDER, LEZER);

    private Beheerders() {
    }

    public static PasswordEncoder wachtwoorden() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    public static List<UserDetails> uit(GatewayProperties properties) {
        GatewayProperties.Beheer beheer = properties.beheer();
        if (beheer.gebruikers().isEmpty()) {
            if (beheer.productie()) {
                throw new IllegalStateException("Productiemodus (ijw.beheer.productie=true) zonder beheerders: stel "
                        + "ijw.beheer.gebruikers in, met gehashte wachtwoorden.");
            }
            return List.of(ontwikkelaar(properties.dataDir()));
        }
        List<UserDetails> gebruikers = new ArrayList<>();
        for (GatewayProperties.Gebruiker g : beheer.gebruikers()) {
            if (g.naam() == null || g.naam().isBlank() || g.wachtwoord() == null || !g.wachtwoord().startsWith("{")) {
                throw new IllegalStateException("Beheerder '" + g.naam() + "': naam en wachtwoord met schema "
                        + "(bijvoorbeeld {bcrypt}...) zijn verplicht.");
            }
            if (beheer.productie() && g.wachtwoord().startsWith("{noop}")) {
                throw new IllegalStateException("Beheerder '" + g.naam() + "': in productiemodus geen ongehasht wachtwoord.");
            }
            if (g.rollen().isEmpty() || !ROLLEN.containsAll(g.rollen())) {
                throw new IllegalStateException("Beheerder '" + g.naam() + "': rollen zijn " + ROLLEN + ", gegeven " + g.rollen());
            }
            gebruikers.add(User.withUsername(g.naam()).password(g.wachtwoord()).roles(g.rollen().toArray(String[]::new)).build());
        }
        return gebruikers;
    }

    /** The development operator; its password is made once per data dir and read back after that. */
    private static UserDetails ontwikkelaar(Path dataDir) {
        Path bestand = dataDir.resolve(WACHTWOORDBESTAND);
        try {
            String wachtwoord;
            if (Files.exists(bestand)) {
                wachtwoord = Files.readString(bestand, StandardCharsets.UTF_8).trim();
            } else {
                byte[] willekeurig = new byte[18];
                new SecureRandom().nextBytes(willekeurig);
                wachtwoord = Base64.getUrlEncoder().withoutPadding().encodeToString(willekeurig);
                Files.createDirectories(dataDir);
                Files.writeString(bestand, wachtwoord + "\n", StandardCharsets.UTF_8);
                try {
                    Files.setPosixFilePermissions(bestand, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // Not a POSIX file system: the data dir's own permissions protect it.
                }
            }
            LOG.warn("Geen beheerders ingesteld (ijw.beheer.gebruikers): aanmelden als '{}' met het wachtwoord in {}. "
                    + "Alleen voor ontwikkeling; in productie weigert de gateway dit.", ONTWIKKELAAR, bestand.toAbsolutePath());
            return User.withUsername(ONTWIKKELAAR).password(wachtwoorden().encode(wachtwoord)).roles(BEHEERDER).build();
        } catch (IOException e) {
            throw new UncheckedIOException("Wachtwoordbestand voor beheer niet te maken: " + bestand, e);
        }
    }
}
