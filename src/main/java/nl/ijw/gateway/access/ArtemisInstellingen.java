package nl.ijw.gateway.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.ijw.gateway.config.BrokerConfiguration;
import nl.ijw.gateway.config.GatewayProperties;
import nl.ijw.gateway.regions.PartijRegister;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * What a standalone Artemis broker needs to carry the gateway's traffic as its embedded broker does,
 * as two files for the broker's {@code etc/}: {@code broker.properties} (messages stamped with their
 * sender, the gateway's dead-letter and redelivery settings, who may do what on which address) and
 * the lines of {@code artemis-roles.properties} (which broker user has which role). Passwords stay
 * the broker's own ({@code artemis-users.properties}).
 *
 * <p>On the embedded broker {@link BrokerToegang} decides each access as it happens; a standalone
 * broker only knows role settings per address, so each party's outbox gets a role of its own. Both
 * files follow the register and {@code ijw.broker.gebruikers}: write them again when either changes.
 */
public final class ArtemisInstellingen {

    static final String ROL_GATEWAY = "ijw-gateway";
    static final String ROL_BEHEER = "ijw-beheer";
    static final String ROL_PARTIJ = "ijw-partij";
    private static final String ROL_PARTIJ_PREFIX = "ijw-partij-";

    /** Every permission a role setting has, by the name the broker's properties give it. */
    private static final List<String> ALLES = List.of("send", "consume", "createAddress", "deleteAddress", "createDurableQueue",
            "deleteDurableQueue", "createNonDurableQueue", "deleteNonDurableQueue", "manage", "browse", "view", "edit");
    /**
     * On any address: management requests and their temporary reply queues, which are named at random
     * and whose address goes when the queue is deleted.
     */
    private static final List<String> BEHEERVRAGEN = List.of("send", "consume", "createAddress", "deleteAddress",
            "createNonDurableQueue", "deleteNonDurableQueue", "manage", "browse", "view");
    private static final List<String> KIJKEN = List.of("browse", "manage", "view");
    /** A party's own outbox: take from it, look in it, and make it on first use. */
    private static final List<String> EIGEN_OUTBOX = List.of("consume", "browse", "createAddress", "createDurableQueue");

    private final GatewayProperties properties;
    private final BrokerGebruikers gebruikers;
    private final PartijRegister register;

    public ArtemisInstellingen(GatewayProperties properties, BrokerGebruikers gebruikers, PartijRegister register) {
        this.properties = properties;
        this.gebruikers = gebruikers;
        this.register = register;
    }

    /** The broker's {@code etc/broker.properties}, applied over its {@code broker.xml}. */
    public String brokerProperties() {
        List<String> regels = new ArrayList<>();
        regels.add("# ijw-gateway: settings for a standalone Artemis broker (etc/broker.properties).");
        regels.add("# Made from the party register and ijw.broker.gebruikers; make it again when either changes.");
        regels.add("");
        regels.add("# Every message carries the user who sent it: the gateway compares it with the Afzender.");
        regels.add("populateValidatedUser=true");
        regels.add("");
        regels.add("# A freed journal file is deleted, not reused: compacting reused files held messages up for seconds.");
        regels.add("journalPoolFiles=" + BrokerConfiguration.JOURNAAL_POOL_BESTANDEN);
        regels.add("");
        regels.add("# The intake and the dead-letter queue exist from the start: a party may send before the gateway");
        regels.add("# first connects, and the broker drops a dead letter for which it has no queue.");
        for (String queue : List.of(BrokerConfiguration.IN, BrokerConfiguration.DLQ)) {
            regels.add("addressConfigurations.\"" + queue + "\".routingTypes=ANYCAST");
            regels.add("addressConfigurations.\"" + queue + "\".queueConfigs.\"" + queue + "\".routingType=ANYCAST");
        }
        regels.add("");
        regels.add("# Redelivery and dead letters, as on the gateway's embedded broker.");
        BrokerConfiguration.adresInstellingen(properties.intake(), ALLE_IJW).forEach((adres, instelling) ->
                adresregels(adres, instelling, regels));
        regels.add("");
        regels.add("# Who may do what. The most specific match counts, so each repeats the gateway's and operators' rights.");
        rechten("#", Map.of(ROL_GATEWAY, BEHEERVRAGEN, ROL_BEHEER, BEHEERVRAGEN), regels);
        rechten(ALLE_IJW, Map.of(ROL_GATEWAY, ALLES, ROL_BEHEER, KIJKEN), regels);
        rechten(BrokerConfiguration.IN, Map.of(ROL_GATEWAY, ALLES, ROL_BEHEER, KIJKEN, ROL_PARTIJ, List.of("send")), regels);
        for (String partij : partijenMetGebruiker()) {
            rechten(register.outbox(partij), Map.of(ROL_GATEWAY, ALLES, ROL_BEHEER, KIJKEN, ROL_PARTIJ_PREFIX + partij, EIGEN_OUTBOX),
                    regels);
        }
        return String.join("\n", regels) + "\n";
    }

    /**
     * The lines for the broker's {@code etc/artemis-roles.properties}: role = users.
     *
     * @param gateway the broker user the gateway signs in with ({@code spring.artemis.user})
     */
    public String rollen(String gateway) {
        Map<String, Set<String>> perRol = new TreeMap<>();
        perRol.computeIfAbsent(ROL_GATEWAY, r -> new TreeSet<>()).add(gateway);
        for (BrokerGebruikers.Aangemeld gebruiker : gebruikers.allen()) {
            if (gebruiker.beheer()) {
                perRol.computeIfAbsent(ROL_BEHEER, r -> new TreeSet<>()).add(gebruiker.naam());
                continue;
            }
            perRol.computeIfAbsent(ROL_PARTIJ, r -> new TreeSet<>()).add(gebruiker.naam());
            gebruiker.partijen().forEach(p -> perRol.computeIfAbsent(ROL_PARTIJ_PREFIX + p, r -> new TreeSet<>()).add(gebruiker.naam()));
        }
        StringBuilder tekst = new StringBuilder("# ijw-gateway: roles for etc/artemis-roles.properties (role = users).\n");
        perRol.forEach((rol, namen) -> tekst.append(rol).append('=').append(String.join(",", namen)).append('\n'));
        return tekst.toString();
    }

    private static final String ALLE_IJW = "ijw.#";

    private Set<String> partijenMetGebruiker() {
        Set<String> partijen = new TreeSet<>();
        gebruikers.allen().forEach(g -> partijen.addAll(g.partijen()));
        return partijen;
    }

    /** Only what the gateway sets; the rest stays as the broker has it. */
    private static void adresregels(String adres, AddressSettings instelling, List<String> regels) {
        String voor = "addressesSettings.\"" + adres + "\".";
        if (instelling.getDeadLetterAddress() != null) {
            regels.add(voor + "deadLetterAddress=" + instelling.getDeadLetterAddress());
        }
        if (instelling.getExpiryAddress() != null) {
            regels.add(voor + "expiryAddress=" + instelling.getExpiryAddress());
        }
        regels.add(voor + "maxDeliveryAttempts=" + instelling.getMaxDeliveryAttempts());
        regels.add(voor + "redeliveryDelay=" + instelling.getRedeliveryDelay());
        regels.add(voor + "redeliveryMultiplier=" + instelling.getRedeliveryMultiplier());
        regels.add(voor + "maxRedeliveryDelay=" + instelling.getMaxRedeliveryDelay());
        regels.add(voor + "autoCreateDeadLetterResources=" + instelling.isAutoCreateDeadLetterResources());
    }

    private static void rechten(String adres, Map<String, List<String>> perRol, List<String> regels) {
        new TreeMap<>(perRol).forEach((rol, rechten) -> rechten.forEach(recht ->
                regels.add("securityRoles.\"" + adres + "\".\"" + rol + "\"." + recht + "=true")));
    }
}
