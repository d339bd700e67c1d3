package nl.ijw.gateway.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.x500.X500Principal;
import org.apache.activemq.artemis.core.remoting.CertificateUtil;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnection;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager5;
import org.apache.activemq.artemis.spi.core.security.jaas.RolePrincipal;
import org.apache.activemq.artemis.spi.core.security.jaas.UserPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded broker's sign-in and permissions. A party's software may send to {@code ijw.in} and
 * take from its own outboxes ({@code ijw.out.<code>} for each of its party codes), nothing else; an
 * operator may browse and use management; the gateway itself, connected inside its own JVM, may do
 * everything. Every message sent carries the name its sender signed in with
 * ({@code _AMQ_VALIDATED_USER}), which the intake compares with the message's Afzender.
 */
public final class BrokerToegang implements ActiveMQSecurityManager5 {

    /** The name under which the gateway's own (in-VM) connections act. */
    public static final String GATEWAY = "ijw-gateway";
    /** The one role setting the broker has (on every address): the decisions are this class's. */
    public static final String ALLE = "ijw";
    static final String ROL_GATEWAY = "gateway";
    static final String ROL_PARTIJ = "partij";
    static final String ROL_BEHEER = "beheer";
    private static final String ROL_PARTIJ_PREFIX = "partij:";
    private static final String IN = "ijw.in";
    private static final String EIGEN_PREFIX = "ijw.";

    private static final Logger LOG = LoggerFactory.getLogger(BrokerToegang.class);

    private final BrokerGebruikers gebruikers;
    private final byte[] gatewaySleutel;

    /**
     * @param gatewaySleutel the password of the gateway's own connections, made at start and never
     *                       written anywhere: the broker caches sign-ins by name and password, so the
     *                       gateway cannot be recognised by its connection type alone
     */
    public BrokerToegang(BrokerGebruikers gebruikers, String gatewaySleutel) {
        this.gebruikers = gebruikers;
        this.gatewaySleutel = gatewaySleutel.getBytes(StandardCharsets.UTF_8);
    }

    /** A fresh password for the gateway's own connections. */
    public static String nieuweGatewaySleutel() {
        byte[] sleutel = new byte[32];
        new SecureRandom().nextBytes(sleutel);
        return Base64.getEncoder().encodeToString(sleutel);
    }

    @Override
    public Subject authenticate(String naam, String wachtwoord, RemotingConnection verbinding, String domein) {
        if (GATEWAY.equals(naam)) {
            // Only code inside the gateway's own JVM connects in-VM, and only it knows the password.
            boolean eigen = verbinding != null && verbinding.getTransportConnection() instanceof InVMConnection && wachtwoord != null
                    && MessageDigest.isEqual(gatewaySleutel, wachtwoord.getBytes(StandardCharsets.UTF_8));
            if (!eigen) {
                LOG.warn("Aanmelding als de gateway zelf geweigerd vanaf {}", verbinding == null ? "?" : verbinding.getRemoteAddress());
            }
            return eigen ? subject(GATEWAY, Set.of(ROL_GATEWAY)) : null;
        }
        // A trusted client certificate of a known user signs in by itself; a name given beside it must be that user's.
        Optional<BrokerGebruikers.Aangemeld> aangemeld = certificaat(verbinding)
                .flatMap(gebruikers::aanmeldenMetCertificaat)
                .filter(a -> naam == null || naam.equals(a.naam()))
                .or(() -> gebruikers.aanmelden(naam, wachtwoord));
        if (aangemeld.isEmpty()) {
            // The name may be a typo of a password: it is not logged.
            LOG.warn("Aanmelding op de broker geweigerd vanaf {}", verbinding == null ? "?" : verbinding.getRemoteAddress());
            return null;
        }
        BrokerGebruikers.Aangemeld a = aangemeld.get();
        if (a.beheer()) {
            return subject(a.naam(), Set.of(ROL_BEHEER));
        }
        Set<String> rollen = new HashSet<>();
        rollen.add(ROL_PARTIJ);
        a.partijen().forEach(code -> rollen.add(ROL_PARTIJ_PREFIX + code));
        return subject(a.naam(), rollen);
    }

    /** The subject of the client's certificate, when it showed one the TLS handshake trusted. */
    private static Optional<X500Principal> certificaat(RemotingConnection verbinding) {
        X509Certificate[] certificaten = verbinding == null ? null : CertificateUtil.getCertsFromConnection(verbinding);
        return certificaten == null || certificaten.length == 0 ? Optional.empty()
                : Optional.of(certificaten[0].getSubjectX500Principal());
    }

    /**
     * Decided here, not by role settings per address: a party's outboxes are named in the register
     * (by default ijw.out.<code>) and change when the register is reloaded.
     */
    @Override
    public boolean authorize(Subject subject, Set<Role> rollen, CheckType soort, String adres) {
        if (subject == null) {
            return false;
        }
        Set<String> eigen = new HashSet<>();
        subject.getPrincipals(RolePrincipal.class).forEach(r -> eigen.add(r.getName()));
        if (eigen.contains(ROL_GATEWAY)) {
            return true;
        }
        // A consumer's check names address::queue; outboxes are anycast queues named as their address.
        String naam = adres.contains("::") ? adres.substring(adres.indexOf("::") + 2) : adres;
        if (eigen.contains(ROL_BEHEER)) {
            // Look at everything; send, take and make only outside the gateway's queues (management
            // requests and their temporary reply queues).
            return soort == CheckType.BROWSE || soort == CheckType.MANAGE || soort == CheckType.VIEW || !naam.startsWith(EIGEN_PREFIX);
        }
        if (!eigen.contains(ROL_PARTIJ)) {
            return false;
        }
        return switch (soort) {
            case SEND -> IN.equals(naam);
            // Its own outbox may also be made by its first consumer, before anything was sent to it.
            case CONSUME, BROWSE, CREATE_ADDRESS, CREATE_DURABLE_QUEUE -> gebruikers.outboxenVan(partijen(eigen)).contains(naam);
            default -> false;
        };
    }

    private static Set<String> partijen(Set<String> rollen) {
        Set<String> partijen = new HashSet<>();
        rollen.stream().filter(r -> r.startsWith(ROL_PARTIJ_PREFIX)).forEach(r -> partijen.add(r.substring(ROL_PARTIJ_PREFIX.length())));
        return partijen;
    }

    private static Subject subject(String naam, Set<String> rollen) {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(naam));
        rollen.forEach(rol -> subject.getPrincipals().add(new RolePrincipal(rol)));
        return subject;
    }

    @Override
    public boolean validateUser(String naam, String wachtwoord) {
        return gebruikers.aanmelden(naam, wachtwoord).isPresent();
    }

    @Override
    public boolean validateUserAndRole(String naam, String wachtwoord, Set<Role> rollen, CheckType soort) {
        return false;
    }
}
