package nl.ijw.gateway.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import nl.ijw.gateway.referentie.Referentielijsten;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** All of the gateway's own settings, under {@code ijw.*}; defaults are documented in application.yaml. */
@ConfigurationProperties(prefix = "ijw")
public record GatewayProperties(
        Path dataDir,
        Broker broker,
        Schemas schemas,
        Intake intake,
        Regios regios,
        Referentie referentie,
        Journaal journaal,
        Beheer beheer,
        ZoneId tijdzone) {

    public GatewayProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        broker = broker == null ? new Broker(null, 0, null, null, null, null) : broker;
        schemas = schemas == null ? new Schemas(null, null, null) : schemas;
        intake = intake == null ? new Intake(null, 0, 0, null, null, null, null) : intake;
        regios = regios == null ? new Regios(null, null) : regios;
        referentie = referentie == null ? new Referentie(null, null, null) : referentie;
        journaal = journaal == null ? new Journaal(null, null, null, null, null, null, null, null, null) : journaal;
        beheer = beheer == null ? new Beheer(0, null, null, false, null) : beheer;
        tijdzone = tijdzone == null ? ZoneId.of("Europe/Amsterdam") : tijdzone;
    }

    /**
     * What operators work with.
     *
     * @param dlqMaxLezen    the most dead letters read for one list or one bulk re-drive; a list says when
     *                       the queue held more
     * @param bulkGeldigheid how long the token of a bulk re-drive preview can be run
     * @param gebruikers     the operators who may sign in; none outside production: one is made with a
     *                       generated password kept in a file under the data dir
     * @param productie      production mode: operators must be configured, with hashed passwords
     * @param alarm          when an alarm starts
     */
    public record Beheer(int dlqMaxLezen, Duration bulkGeldigheid, java.util.List<Gebruiker> gebruikers, boolean productie,
                         Alarm alarm) {
        public Beheer {
            alarm = alarm == null ? new Alarm(null, null, null, null) : alarm;
            dlqMaxLezen = dlqMaxLezen == 0 ? 10_000 : dlqMaxLezen;
            bulkGeldigheid = bulkGeldigheid == null ? Duration.ofMinutes(15) : bulkGeldigheid;
            gebruikers = gebruikers == null ? java.util.List.of() : java.util.List.copyOf(gebruikers);
        }
    }

    /**
     * Alarm thresholds: an alarm starts when the value goes above its threshold.
     *
     * @param dlqDrempel            dead letters tolerated (0: the first one starts the alarm)
     * @param outboxStilstand       how long an outbox may hold messages while nothing is taken from it
     * @param retourenTeLaatDrempel overdue retours tolerated (OP090)
     * @param controleInterval      how often queues are read and conditions checked
     */
    public record Alarm(Integer dlqDrempel, Duration outboxStilstand, Integer retourenTeLaatDrempel, Duration controleInterval) {
        public Alarm {
            dlqDrempel = dlqDrempel == null ? 0 : dlqDrempel;
            outboxStilstand = outboxStilstand == null ? Duration.ofMinutes(30) : outboxStilstand;
            retourenTeLaatDrempel = retourenTeLaatDrempel == null ? 0 : retourenTeLaatDrempel;
            controleInterval = controleInterval == null ? Duration.ofSeconds(15) : controleInterval;
        }
    }

    /**
     * One operator.
     *
     * @param wachtwoord a password hash with its scheme, e.g. {bcrypt}$2a$10$...; {noop} only outside production
     * @param rollen     BEHEERDER (everything, payloads included) and/or LEZER (look, never change or see payloads)
     */
    public record Gebruiker(String naam, String wachtwoord, java.util.List<String> rollen) {
        public Gebruiker {
            rollen = rollen == null ? java.util.List.of() : java.util.List.copyOf(rollen);
        }
    }

    /**
     * The message journal. Keys are base64; without them a development key file is made under the
     * data dir (never use that in production).
     *
     * @param payload        VERSLEUTELD: payloads kept encrypted for the retention period; GEEN: never kept
     * @param bewaartermijn  how long payloads are kept (metadata stays)
     * @param bsnSleutel     HMAC key for the BSN hashes, at least 32 bytes
     * @param payloadSleutel AES-256 key for the payloads, 32 bytes
     * @param actief         false only to measure or diagnose the gateway without its journal: the rules that
     *                       span messages and the recognition of a message seen before across restarts need it
     * @param volledigSinds  the day from which all traffic passes the gateway, when known; the rules that
     *                       reject on what is absent only judge what began after it. Default: the journal's
     *                       first day.
     * @param groepsvenster  when busy, how long the journal gathers the entries of concurrent messages into
     *                       one commit; zero commits whatever is waiting at once
     * @param klantvolgorde  how the messages of one client are judged one at a time: within this gateway
     *                       (LOKAAL), or also across gateway instances that share a PostgreSQL journal
     *                       (DATABASE); AUTOMATISCH (default): DATABASE on PostgreSQL, else LOKAAL
     * @param paginacache    the embedded journal's page cache (H2's CACHE_SIZE); small on purpose, see
     *                       JournaalDatabaseConfiguration
     */
    public record Journaal(nl.ijw.gateway.journal.Journaal.PayloadOpslag payload, java.time.Period bewaartermijn,
                           String bsnSleutel, String payloadSleutel, Boolean actief, java.time.LocalDate volledigSinds,
                           Duration groepsvenster, Klantvolgorde klantvolgorde,
                           DataSize paginacache) {
        public enum Klantvolgorde { AUTOMATISCH, LOKAAL, DATABASE }

        public static final DataSize PAGINACACHE = DataSize.ofMegabytes(4);

        public Journaal {
            klantvolgorde = klantvolgorde == null ? Klantvolgorde.AUTOMATISCH : klantvolgorde;
            actief = actief == null ? Boolean.TRUE : actief;
            payload = payload == null ? nl.ijw.gateway.journal.Journaal.PayloadOpslag.VERSLEUTELD : payload;
            bewaartermijn = bewaartermijn == null ? java.time.Period.ofMonths(2) : bewaartermijn;
            groepsvenster = groepsvenster == null ? Duration.ofMillis(5) : groepsvenster;
            paginacache = paginacache == null ? PAGINACACHE : paginacache;
            // H2 takes CACHE_SIZE in KB but sizes its cache in whole megabytes, at least one: 1536KB would
            // silently be 1 MB. Refuse what it would not honour rather than run with something else.
            if (paginacache.toKilobytes() < 1024 || paginacache.toKilobytes() % 1024 != 0) {
                throw new IllegalArgumentException(
                        "ijw.journaal.paginacache must be a whole number of megabytes, at least 1MB, got " + paginacache);
            }
        }
    }

    /** Where the region and provider files are: every {@code *.yaml} in that folder. */
    /**
     * The lists from external sources the rules read (TR378, TR381), each a file at a location
     * (classpath: or file:), read again when it changes.
     *
     * @param gemeentecodes    the CBS municipality codes with their validity
     * @param productcodes     the product code lists in use: the national one, plus any of a region
     * @param controleInterval how often the files are checked for changes
     */
    public record Referentie(String gemeentecodes, java.util.List<String> productcodes, Duration controleInterval) {
        public Referentie {
            gemeentecodes = gemeentecodes == null ? Referentielijsten.GEMEENTECODES : gemeentecodes;
            productcodes = productcodes == null || productcodes.isEmpty() ? java.util.List.of(Referentielijsten.PRODUCTCODES)
                    : java.util.List.copyOf(productcodes);
            controleInterval = controleInterval == null ? Duration.ofSeconds(30) : controleInterval;
        }
    }

    public record Regios(String locatie, Duration controleInterval) {
        public Regios {
            locatie = locatie == null ? "classpath:regios/" : locatie;
            controleInterval = controleInterval == null ? Duration.ofSeconds(30) : controleInterval;
        }
    }

    /**
     * The embedded broker's acceptor for provider software and back offices, and who may use it.
     *
     * @param beveiliging whether the broker asks every connection to sign in and checks what it may do
     *                    (off only for a closed test set-up; refused in production mode)
     * @param gebruikers  the broker users: a party's software (with the party codes it sends and reads
     *                    for) or an operator; none outside production: the development users of the README
     * @param tls         TLS on the acceptor: set a key store and the acceptor takes TLS connections only
     */
    public record Broker(String host, int port, Duration journalBufferTimeout, Boolean beveiliging,
                         java.util.List<BrokerGebruiker> gebruikers, Tls tls) {
        public Broker {
            tls = tls == null ? new Tls(null, null, null, null, null, null, false) : tls;
            host = host == null ? "127.0.0.1" : host;
            port = port == 0 ? 61616 : port;
            journalBufferTimeout = journalBufferTimeout == null ? Duration.ofNanos(500_000) : journalBufferTimeout;
            beveiliging = beveiliging == null || beveiliging;
            gebruikers = gebruikers == null ? java.util.List.of() : java.util.List.copyOf(gebruikers);
        }
    }

    /**
     * TLS on the broker's acceptor.
     *
     * @param keyStore         path of the key store with the broker's key and certificate; unset: no TLS
     * @param keyStoreWachtwoord its password (from the environment: IJW_BROKER_TLS_KEYSTOREWACHTWOORD)
     * @param keyStoreType     PKCS12 (default) or JKS
     * @param trustStore       path of a store with the certificates (or their CA) that parties may sign
     *                         in with; set: the acceptor asks every client for a certificate
     * @param trustStoreWachtwoord its password
     * @param trustStoreType   PKCS12 (default) or JKS
     * @param certificaatVerplicht true: a client without a trusted certificate cannot even connect
     *                         (mutual TLS); false (default): it may still sign in with a password
     */
    public record Tls(String keyStore, String keyStoreWachtwoord, String keyStoreType, String trustStore,
                      String trustStoreWachtwoord, String trustStoreType, boolean certificaatVerplicht) {
        public Tls {
            keyStoreType = keyStoreType == null ? "PKCS12" : keyStoreType;
            trustStoreType = trustStoreType == null ? "PKCS12" : trustStoreType;
            boolean sleutels = keyStore != null && !keyStore.isBlank();
            boolean vertrouwd = trustStore != null && !trustStore.isBlank();
            // Said at start rather than silently ignored: client certificates only exist inside TLS.
            if (vertrouwd && !sleutels) {
                throw new IllegalArgumentException("ijw.broker.tls.trust-store zonder ijw.broker.tls.key-store: "
                        + "clientcertificaten vragen TLS op de broker.");
            }
            if (certificaatVerplicht && !vertrouwd) {
                throw new IllegalArgumentException("ijw.broker.tls.certificaat-verplicht zonder ijw.broker.tls.trust-store.");
            }
        }

        public boolean aan() {
            return keyStore != null && !keyStore.isBlank();
        }

        /** Whether clients are asked for a certificate. */
        public boolean certificaten() {
            return aan() && trustStore != null && !trustStore.isBlank();
        }
    }

    /**
     * One broker user: signs in with a password, with a client certificate, or with either.
     *
     * @param naam        the user name the software signs in with
     * @param wachtwoord  the password as a hash with its scheme, e.g. {bcrypt}$2a$10$...; none: only by certificate
     * @param certificaat the subject of its client certificate, e.g. "CN=zwolle-backoffice, O=Gemeente Zwolle, C=NL"
     *                    (compared as a distinguished name, so spacing and case of the attribute names do not
     *                    matter); the certificate must be trusted by ijw.broker.tls.trust-store
     * @param partijen    the party codes (AGB code or municipality code) it sends for and reads the
     *                    outboxes of; empty for an operator
     * @param beheer      an operator: may browse queues and use the broker's management, not send or take
     */
    public record BrokerGebruiker(String naam, String wachtwoord, String certificaat, java.util.List<String> partijen, boolean beheer) {
        public BrokerGebruiker {
            partijen = partijen == null ? java.util.List.of() : java.util.List.copyOf(partijen);
        }
    }

    /** Where the iJw release's XSDs are read from: a folder per release. */
    public record Schemas(String release, String locatie, String xsdVersie) {
        public Schemas {
            release = release == null ? "ijw-3.2" : release;
            locatie = locatie == null ? "classpath:xsd/" + release + "/" : locatie;
            xsdVersie = xsdVersie == null ? "0.1.0" : xsdVersie;
        }
    }

    /**
     * Intake limits and redelivery: the broker owns redelivery (delay, back-off) and the gateway
     * dead-letters with a reason on the last attempt.
     */
    public record Intake(
            DataSize maxGrootte,
            int maxPogingen,
            int concurrentConsumers,
            DataSize consumerWindow,
            Duration redeliveryVertraging,
            Duration maxRedeliveryVertraging,
            Path map) {
        public Intake {
            consumerWindow = consumerWindow == null ? DataSize.ofKilobytes(8) : consumerWindow;
            maxGrootte = maxGrootte == null ? DataSize.ofMegabytes(25) : maxGrootte;
            maxPogingen = maxPogingen == 0 ? 5 : maxPogingen;
            concurrentConsumers = concurrentConsumers == 0 ? 48 : concurrentConsumers;
            redeliveryVertraging = redeliveryVertraging == null ? Duration.ofSeconds(1) : redeliveryVertraging;
            maxRedeliveryVertraging = maxRedeliveryVertraging == null ? Duration.ofMinutes(1) : maxRedeliveryVertraging;
        }
    }
}
