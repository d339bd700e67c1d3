package nl.ijw.gateway.config;

import java.io.IOException;
import java.time.Clock;
import nl.ijw.gateway.bericht.BerichtSchrijver;
import nl.ijw.gateway.intake.JmsIntake;
import com.zaxxer.hikari.HikariDataSource;
import nl.ijw.gateway.journal.BsnHasher;
import nl.ijw.gateway.journal.KlantVolgorde;
import nl.ijw.gateway.validation.Volgorde;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import nl.ijw.gateway.journal.GroepsCommit;
import nl.ijw.gateway.journal.Journaal;
import nl.ijw.gateway.journal.JournaalSleutels;
import nl.ijw.gateway.journal.JournaalStap;
import nl.ijw.gateway.journal.Stand;
import nl.ijw.gateway.journal.VervallenZonderStartControle;
import nl.ijw.gateway.regions.beleid.VervallenZonderStart;
import nl.ijw.gateway.journal.RetourTermijn;
import nl.ijw.gateway.regions.Werkdagen;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import nl.ijw.gateway.journal.PayloadKluis;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import nl.ijw.gateway.regions.AntwoordNamensGemeente;
import nl.ijw.gateway.regions.RegioConfiguratie;
import nl.ijw.gateway.regions.RegioLader;
import nl.ijw.gateway.regions.RegionaalBeleid;
import nl.ijw.gateway.regions.RegionaalBeleidStap;
import nl.ijw.gateway.regions.beleid.BeleidsCatalogus;
import nl.ijw.gateway.intake.IntakePauze;
import nl.ijw.gateway.intake.Verwerkingsfouten;
import nl.ijw.gateway.retour.RetourBuilder;
import nl.ijw.gateway.routing.Outbox;
import nl.ijw.gateway.routing.Routering;
import nl.ijw.gateway.routing.Verwerkingslog;
import nl.ijw.gateway.access.BrokerGebruikers;
import nl.ijw.gateway.access.BrokerToegang;
import nl.ijw.gateway.referentie.Referentielijsten;
import nl.ijw.gateway.rules.Geschiedenis;
import nl.ijw.gateway.rules.RegelCatalogus;
import nl.ijw.gateway.validation.BerichtLezer;
import nl.ijw.gateway.validation.BestandsControle;
import nl.ijw.gateway.validation.IjwSchemas;
import nl.ijw.gateway.validation.Validatie;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;

/** The domain objects the routes call, as beans under the names the routes use. */
@Configuration(proxyBeanMethods = false)
public class GatewayConfiguration {

    @Bean
    Clock klok(GatewayProperties properties) {
        return Clock.system(properties.tijdzone());
    }

    @Bean
    protected IjwSchemas ijwSchemas(GatewayProperties properties, ResourceLoader resources) {
        String locatie = properties.schemas().locatie();
        String map = locatie.endsWith("/") ? locatie : locatie + "/";
        return new IjwSchemas(properties.schemas().release(), naam -> {
            try (var in = resources.getResource(map + naam).getInputStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new IOException("Schema " + map + naam + " niet gevonden", e);
            }
        });
    }

    @Bean
    BestandsControle bestandsControle(GatewayProperties properties) {
        return new BestandsControle(properties.intake().maxGrootte().toBytes());
    }

    @Bean
    BerichtSchrijver berichtSchrijver(IjwSchemas schemas) {
        return new BerichtSchrijver(schemas);
    }

    @Bean
    RegioConfiguratie regioConfiguratie(GatewayProperties properties, ResourcePatternResolver bronnen) {
        return new RegioConfiguratie(properties.regios().locatie(), bronnen, new RegioLader(new BeleidsCatalogus()));
    }

    @Bean
    Referentielijsten referentielijsten(GatewayProperties properties, ResourceLoader bronnen) throws IOException {
        return new Referentielijsten(properties.referentie().gemeentecodes(), properties.referentie().productcodes(), bronnen);
    }

    @Bean
    Validatie validatie(BestandsControle bestandsControle, IjwSchemas schemas, Clock klok, GatewayProperties properties,
                        BerichtSchrijver schrijver, RegioConfiguratie regios, ObjectProvider<Geschiedenis> journaal,
                        Referentielijsten referentielijsten, BrokerGebruikers brokerGebruikers,
                        ObjectProvider<Volgorde> volgorde) {
        return new Validatie(bestandsControle, new BerichtLezer(schemas), schemas,
                new RegelCatalogus(klok, journaal.getIfAvailable(() -> Geschiedenis.LEEG), referentielijsten),
                new RetourBuilder(schrijver, klok, properties.schemas().xsdVersie()), regios, brokerGebruikers::partijenVan,
                volgorde.getIfAvailable(() -> Volgorde.GEEN));
    }

    @Bean
    RegionaalBeleidStap regionaalBeleid(RegioConfiguratie regios, BerichtSchrijver schrijver, Clock klok,
                                        GatewayProperties properties, ObjectProvider<Geschiedenis> geschiedenis) {
        return new RegionaalBeleidStap(new RegionaalBeleid(regios,
                new BeleidsCatalogus(geschiedenis.getIfAvailable(() -> Geschiedenis.LEEG))),
                new AntwoordNamensGemeente(schrijver, klok, properties.schemas().xsdVersie()), properties.tijdzone());
    }

    @Bean
    @JournaalActief
    GroepsCommit journaalGroepsCommit(JdbcTemplate jdbc, PlatformTransactionManager transacties, GatewayProperties properties) {
        return new GroepsCommit(jdbc, transacties, properties.journaal().groepsvenster());
    }

    @Bean
    @JournaalActief
    JournaalSleutels journaalSleutels(GatewayProperties properties) {
        GatewayProperties.Journaal instellingen = properties.journaal();
        return JournaalSleutels.laad(instellingen.bsnSleutel(), instellingen.payloadSleutel(), properties.dataDir());
    }

    @Bean
    @JournaalActief
    BsnHasher bsnHasher(JournaalSleutels sleutels) {
        return new BsnHasher(sleutels.bsnSleutel());
    }

    @Bean
    @JournaalActief
    Journaal journaal(JdbcTemplate jdbc, GroepsCommit groepsCommit, GatewayProperties properties, Clock klok,
                      BsnHasher bsnHasher, JournaalSleutels sleutels) {
        GatewayProperties.Journaal instellingen = properties.journaal();
        return new Journaal(jdbc, groepsCommit, bsnHasher,
                new PayloadKluis(sleutels.payloadSleutel()), instellingen.payload(), instellingen.bewaartermijn(), klok);
    }

    /** The state the rules that span messages read, kept beside the journal. */
    @Bean
    @JournaalActief
    Stand stand(JdbcTemplate jdbc, BsnHasher bsnHasher, GatewayProperties properties) {
        return new Stand(jdbc, bsnHasher, java.util.Optional.ofNullable(properties.journaal().volledigSinds()),
                properties.tijdzone());
    }

    @Bean
    Verwerkingsfouten verwerkingsfouten() {
        return new Verwerkingsfouten();
    }

    /** Pauses the intake while the journal's database is gone (only with a journal: without, nothing waits on it). */
    @Bean(destroyMethod = "close")
    @JournaalActief
    IntakePauze intakePauze(org.apache.camel.CamelContext camel, Verwerkingsfouten fouten, JdbcTemplate jdbc) {
        IntakePauze pauze = new IntakePauze(camel, () -> {
            try {
                jdbc.queryForObject("SELECT 1", Integer.class);
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }, java.time.Duration.ofSeconds(2));
        fouten.bijFout(pauze::bijFout);
        return pauze;
    }

    @Bean
    JmsIntake jmsIntake(GatewayProperties properties, Verwerkingsfouten fouten, JournaalStap journaal,
                        @org.springframework.beans.factory.annotation.Value("${spring.artemis.user:}") String brokerGebruiker,
                        ObjectProvider<Volgorde> volgorde) {
        // On an external broker the gateway signs in as spring.artemis.user: what it sends is its own.
        java.util.Set<String> gateway = brokerGebruiker.isBlank() ? java.util.Set.of(BrokerToegang.GATEWAY)
                : java.util.Set.of(BrokerToegang.GATEWAY, brokerGebruiker);
        return new JmsIntake(properties.intake().maxGrootte().toBytes(), properties.intake().maxPogingen(), fouten, journaal,
                gateway, volgorde.getIfAvailable(() -> Volgorde.GEEN));
    }

    /**
     * One message of a client judged at a time. On PostgreSQL (unless set to LOKAAL) also across
     * gateway instances, with advisory locks on a small pool of its own: a consumer holds one of its
     * connections while it waits for the journal's commit, so the journal's own pool never runs dry.
     */
    @Bean(destroyMethod = "close")
    @JournaalActief
    KlantVolgorde klantVolgorde(BsnHasher bsnHasher, GatewayProperties properties, DataSourceProperties database) {
        GatewayProperties.Journaal.Klantvolgorde soort = properties.journaal().klantvolgorde();
        String url = database.getUrl();
        boolean postgres = url != null && url.startsWith("jdbc:postgresql:");
        boolean gedeeld = soort == GatewayProperties.Journaal.Klantvolgorde.DATABASE
                || (soort == GatewayProperties.Journaal.Klantvolgorde.AUTOMATISCH && postgres);
        if (gedeeld && !postgres) {
            throw new IllegalStateException("ijw.journaal.klantvolgorde=DATABASE vraagt een PostgreSQL-journaal.");
        }
        if (!gedeeld) {
            return new KlantVolgorde(bsnHasher, null);
        }
        HikariDataSource sloten = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        sloten.setPoolName("ijw-klantvolgorde");
        sloten.setMaximumPoolSize(properties.intake().concurrentConsumers());
        sloten.setMinimumIdle(0);
        sloten.setConnectionInitSql(KlantVolgorde.VERBINDING_INSTELLEN);
        return new KlantVolgorde(bsnHasher, sloten);
    }

    @Bean
    JournaalStap journaalStap(ObjectProvider<Journaal> journaal, ObjectProvider<Stand> stand) {
        Journaal actief = journaal.getIfAvailable();
        return actief == null ? JournaalStap.zonderJournaal() : new JournaalStap(actief, stand.getObject());
    }

    /** Lochem 002-12: allocations without a start some months after their Ingangsdatum are signalled once. */
    @Bean
    @JournaalActief
    VervallenZonderStartControle vervallenZonderStart(RegioConfiguratie regios, Stand stand, Journaal journaal,
                                                      PlatformTransactionManager transacties, Clock klok,
                                                      GatewayProperties properties, MeterRegistry metrics) {
        Gauge.builder("ijw.toewijzingen.vervallen.zonder.start", stand, s -> s.aantalGemeld(VervallenZonderStart.SOORT))
                .description("Toewijzingen zonder start binnen de termijn na de Ingangsdatum (Lochem 002-12)")
                .register(metrics);
        return new VervallenZonderStartControle(regios, stand, journaal, new TransactionTemplate(transacties), klok,
                properties.tijdzone());
    }

    /** OP090: retours of parties that write their own are due within 3 working days. */
    @Bean
    @JournaalActief
    RetourTermijn retourTermijn(Journaal journaal, GatewayProperties properties, MeterRegistry metrics) {
        RetourTermijn termijn = new RetourTermijn(journaal, new Werkdagen(), 3, properties.tijdzone());
        Gauge.builder("ijw.retouren.te.laat", journaal, Journaal::aantalRetourTeLaat)
                .description("Heenberichten zonder retour van de ontvanger binnen 3 werkdagen (OP090)")
                .register(metrics);
        return termijn;
    }

    @Bean
    Routering routering(RegioConfiguratie regios) {
        return new Routering(regios);
    }

    @Bean
    Outbox outbox() {
        return new Outbox();
    }

    @Bean
    Verwerkingslog verwerkingslog() {
        return new Verwerkingslog();
    }
}
