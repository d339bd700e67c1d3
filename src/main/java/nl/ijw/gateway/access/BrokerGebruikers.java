package nl.ijw.gateway.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.security.auth.x500.X500Principal;
import nl.ijw.gateway.config.GatewayProperties;
import nl.ijw.gateway.regions.PartijRegister;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Who may sign in on the broker, and for which parties. From configuration ({@code ijw.broker.gebruikers});
 * outside production, without configured users, the development users of the README: every party in
 * the register signs in with its code and the password {@value #ONTWIKKELWACHTWOORD}, and an operator
 * as {@value #ONTWIKKELBEHEERDER}. Production mode refuses to start with those, without users, with an
 * unhashed password or with broker security off.
 */
public final class BrokerGebruikers {

    /** The development password of every party and of the development operator (documented, never for production). */
    public static final String ONTWIKKELWACHTWOORD = "ontwikkeling";
    public static final String ONTWIKKELBEHEERDER = "beheer";

    /** A user who signed in: the parties it sends and reads for, or an operator. */
    public record Aangemeld(String naam, Set<String> partijen, boolean beheer) {
    }

    private final Map<String, GatewayProperties.BrokerGebruiker> geconfigureerd = new LinkedHashMap<>();
    /** By certificate subject; X500Principal compares names in their canonical form. */
    private final Map<X500Principal, GatewayProperties.BrokerGebruiker> certificaten = new HashMap<>();
    private final Supplier<PartijRegister> register;
    private final PasswordEncoder wachtwoorden = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    public BrokerGebruikers(GatewayProperties properties, Supplier<PartijRegister> register) {
        this.register = register;
        GatewayProperties.Broker broker = properties.broker();
        boolean productie = properties.beheer().productie();
        if (productie && !broker.beveiliging()) {
            throw new IllegalStateException("Productiemodus (ijw.beheer.productie=true) met ijw.broker.beveiliging=false: "
                    + "de broker moet aanmelding vragen.");
        }
        if (productie && broker.gebruikers().isEmpty()) {
            throw new IllegalStateException("Productiemodus zonder brokergebruikers: stel ijw.broker.gebruikers in, "
                    + "met gehashte wachtwoorden; de ontwikkelgebruikers gelden daar niet.");
        }
        for (GatewayProperties.BrokerGebruiker g : broker.gebruikers()) {
            if (g.naam() == null || g.naam().isBlank() || (g.wachtwoord() == null && g.certificaat() == null)
                    || (g.wachtwoord() != null && !g.wachtwoord().startsWith("{"))) {
                throw new IllegalStateException("Brokergebruiker '" + g.naam() + "': naam en een wachtwoord met schema "
                        + "(bijvoorbeeld {bcrypt}...) of een certificaat zijn verplicht.");
            }
            if (g.certificaat() != null && certificaten.put(onderwerp(g), g) != null) {
                throw new IllegalStateException("Brokergebruiker '" + g.naam() + "': dit certificaat hoort al bij een andere gebruiker.");
            }
            if (productie && g.wachtwoord() != null && g.wachtwoord().startsWith("{noop}")) {
                throw new IllegalStateException("Brokergebruiker '" + g.naam() + "': in productiemodus geen ongehasht wachtwoord.");
            }
            if (g.partijen().isEmpty() == !g.beheer()) {
                throw new IllegalStateException("Brokergebruiker '" + g.naam() + "': een partij (met partijcodes) of een "
                        + "beheerder (beheer: true, zonder partijcodes).");
            }
            if (geconfigureerd.put(g.naam(), g) != null) {
                throw new IllegalStateException("Brokergebruiker '" + g.naam() + "' staat er twee keer in.");
            }
        }
    }

    /** The user with this name and password, if they match. */
    public Optional<Aangemeld> aanmelden(String naam, String wachtwoord) {
        if (naam == null || wachtwoord == null) {
            return Optional.empty();
        }
        if (geconfigureerd.isEmpty()) {
            return ontwikkelgebruiker(naam, wachtwoord);
        }
        GatewayProperties.BrokerGebruiker g = geconfigureerd.get(naam);
        if (g == null || g.wachtwoord() == null || !wachtwoorden.matches(wachtwoord, g.wachtwoord())) {
            return Optional.empty();
        }
        return Optional.of(aangemeld(g));
    }

    /**
     * The user whose certificate has this subject. The certificate itself was checked by the TLS
     * handshake against the trust store; this only says whose it is.
     */
    public Optional<Aangemeld> aanmeldenMetCertificaat(X500Principal onderwerp) {
        return Optional.ofNullable(onderwerp == null ? null : certificaten.get(onderwerp)).map(BrokerGebruikers::aangemeld);
    }

    private static Aangemeld aangemeld(GatewayProperties.BrokerGebruiker g) {
        return new Aangemeld(g.naam(), Set.copyOf(g.partijen()), g.beheer());
    }

    private static X500Principal onderwerp(GatewayProperties.BrokerGebruiker g) {
        try {
            return new X500Principal(g.certificaat());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Brokergebruiker '" + g.naam() + "': het certificaat is geen geldige naam (DN), "
                    + "bijvoorbeeld \"CN=naam, O=organisatie, C=NL\".", e);
        }
    }

    /**
     * A party user as Spring Security knows it, for HTTP: the same name and password as on the broker,
     * role {@value #ROL_PARTIJ}. Operators of the broker are no HTTP users (HTTP has its own).
     */
    public Optional<UserDetails> alsHttpPartij(String naam) {
        if (geconfigureerd.isEmpty()) {
            return register.get().kent(naam)
                    ? Optional.of(User.withUsername(naam).password("{noop}" + ONTWIKKELWACHTWOORD).roles(ROL_PARTIJ).build())
                    : Optional.empty();
        }
        // A user who signs in by certificate only has no password to sign in with over Basic.
        return Optional.ofNullable(geconfigureerd.get(naam)).filter(g -> !g.beheer() && g.wachtwoord() != null)
                .map(g -> User.withUsername(g.naam()).password(g.wachtwoord()).roles(ROL_PARTIJ).build());
    }

    /** The HTTP role of a party's software. */
    public static final String ROL_PARTIJ = "PARTIJ";

    /** Whether an HTTP caller signed in as a party's software (not as an operator). */
    public static boolean isPartij(Authentication wie) {
        return wie != null && wie.getAuthorities().stream().anyMatch(a -> ("ROLE_" + ROL_PARTIJ).equals(a.getAuthority()));
    }

    /** The parties a signed-in user sends for; empty when the name is no party user. */
    public Set<String> partijenVan(String naam) {
        if (geconfigureerd.isEmpty()) {
            return register.get().kent(naam) ? Set.of(naam) : Set.of();
        }
        GatewayProperties.BrokerGebruiker g = geconfigureerd.get(naam);
        return g == null ? Set.of() : Set.copyOf(g.partijen());
    }

    /** Every user who may sign in: the configured ones, or the development users of the register in force. */
    public List<Aangemeld> allen() {
        if (geconfigureerd.isEmpty()) {
            List<Aangemeld> ontwikkel = new ArrayList<>();
            register.get().codes().forEach(code -> ontwikkel.add(new Aangemeld(code, Set.of(code), false)));
            ontwikkel.add(new Aangemeld(ONTWIKKELBEHEERDER, Set.of(), true));
            return ontwikkel;
        }
        return geconfigureerd.values().stream().map(BrokerGebruikers::aangemeld).toList();
    }

    private Optional<Aangemeld> ontwikkelgebruiker(String naam, String wachtwoord) {
        if (!ONTWIKKELWACHTWOORD.equals(wachtwoord)) {
            return Optional.empty();
        }
        if (ONTWIKKELBEHEERDER.equals(naam)) {
            return Optional.of(new Aangemeld(naam, Set.of(), true));
        }
        return register.get().kent(naam) ? Optional.of(new Aangemeld(naam, Set.of(naam), false)) : Optional.empty();
    }

    /** The outboxes a party user may take from: those of its parties, as the register names them. */
    public Set<String> outboxenVan(Set<String> partijen) {
        PartijRegister nu = register.get();
        return partijen.stream().map(nu::outbox).collect(Collectors.toSet());
    }
}
