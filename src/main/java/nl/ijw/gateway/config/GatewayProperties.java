package nl.ijw.gateway.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
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
        Journaal journaal,
        ZoneId tijdzone) {

    public GatewayProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        broker = broker == null ? new Broker(null, 0, null) : broker;
        schemas = schemas == null ? new Schemas(null, null, null) : schemas;
        intake = intake == null ? new Intake(null, 0, 0, null, null, null) : intake;
        regios = regios == null ? new Regios(null, null) : regios;
        journaal = journaal == null ? new Journaal(null, null, null, null, null, null, null) : journaal;
        tijdzone = tijdzone == null ? ZoneId.of("Europe/Amsterdam") : tijdzone;
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
     */
    public record Journaal(nl.ijw.gateway.journal.Journaal.PayloadOpslag payload, java.time.Period bewaartermijn,
                           String bsnSleutel, String payloadSleutel, Boolean actief, java.time.LocalDate volledigSinds,
                           Duration groepsvenster) {
        public Journaal {
            actief = actief == null ? Boolean.TRUE : actief;
            payload = payload == null ? nl.ijw.gateway.journal.Journaal.PayloadOpslag.VERSLEUTELD : payload;
            bewaartermijn = bewaartermijn == null ? java.time.Period.ofMonths(2) : bewaartermijn;
            groepsvenster = groepsvenster == null ? Duration.ofMillis(20) : groepsvenster;
        }
    }

    /** Where the region and provider files are: every {@code *.yaml} in that folder. */
    public record Regios(String locatie, Duration controleInterval) {
        public Regios {
            locatie = locatie == null ? "classpath:regios/" : locatie;
            controleInterval = controleInterval == null ? Duration.ofSeconds(30) : controleInterval;
        }
    }

    /** The embedded broker's acceptor for provider software and back offices. */
    public record Broker(String host, int port, Duration journalBufferTimeout) {
        public Broker {
            host = host == null ? "127.0.0.1" : host;
            port = port == 0 ? 61616 : port;
            journalBufferTimeout = journalBufferTimeout == null ? Duration.ofNanos(500_000) : journalBufferTimeout;
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
            Duration redeliveryVertraging,
            Duration maxRedeliveryVertraging,
            Path map) {
        public Intake {
            maxGrootte = maxGrootte == null ? DataSize.ofMegabytes(25) : maxGrootte;
            maxPogingen = maxPogingen == 0 ? 5 : maxPogingen;
            concurrentConsumers = concurrentConsumers == 0 ? 48 : concurrentConsumers;
            redeliveryVertraging = redeliveryVertraging == null ? Duration.ofSeconds(1) : redeliveryVertraging;
            maxRedeliveryVertraging = maxRedeliveryVertraging == null ? Duration.ofMinutes(1) : maxRedeliveryVertraging;
        }
    }
}
