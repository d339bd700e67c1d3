package nl.ijw.gateway.config;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import nl.ijw.gateway.deadletter.BulkHeraanbieding;
import nl.ijw.gateway.deadletter.DodeLetters;
import nl.ijw.gateway.journal.Journaal;
import nl.ijw.gateway.operations.Alarmen;
import nl.ijw.gateway.operations.BrokerVerbinding;
import nl.ijw.gateway.operations.Verwerkingsmetingen;
import nl.ijw.gateway.operations.Wachtrijen;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What operators work with: dead letters, queue readings, traffic and metrics, alarms. */
@Configuration(proxyBeanMethods = false)
public class BeheerConfiguration {

    @Bean
    DodeLetters dodeLetters(jakarta.jms.ConnectionFactory verbindingen, ObjectProvider<Journaal> journaal,
                            GatewayProperties properties, Clock klok) {
        return new DodeLetters(verbindingen, journaal.getIfAvailable(), properties.beheer().dlqMaxLezen(), klok);
    }

    @Bean
    BulkHeraanbieding bulkHeraanbieding(DodeLetters dodeLetters, GatewayProperties properties, Clock klok) {
        return new BulkHeraanbieding(dodeLetters, properties.beheer().bulkGeldigheid(), klok);
    }

    @Bean
    Wachtrijen wachtrijen(jakarta.jms.ConnectionFactory verbindingen, MeterRegistry metrics, Clock klok) {
        return new Wachtrijen(verbindingen, metrics, klok);
    }

    /** Health component "broker", also part of readiness. */
    @Bean
    BrokerVerbinding brokerHealthIndicator(jakarta.jms.ConnectionFactory verbindingen) {
        return new BrokerVerbinding(verbindingen);
    }

    @Bean
    Verwerkingsmetingen verwerkingsmetingen(MeterRegistry metrics, Clock klok) {
        return new Verwerkingsmetingen(metrics, klok);
    }

    @Bean
    Alarmen alarmen(MeterRegistry metrics, Clock klok, GatewayProperties properties, ObjectProvider<Journaal> journaal) {
        GatewayProperties.Alarm alarm = properties.beheer().alarm();
        Journaal actief = journaal.getIfAvailable();
        // The alarms are checked more often than this number changes (the hourly OP090 check, a
        // retour): read from the journal at most once a minute.
        java.util.function.LongSupplier teLaat = actief == null ? () -> 0
                : new Onthouden(actief::aantalRetourTeLaat, java.time.Duration.ofMinutes(1), klok);
        return new Alarmen(metrics, klok, alarm.dlqDrempel(), alarm.outboxStilstand(), alarm.retourenTeLaatDrempel(), teLaat);
    }

    /** A number read at most once per period; in between, the last reading. */
    static final class Onthouden implements java.util.function.LongSupplier {
        private final java.util.function.LongSupplier bron;
        private final java.time.Duration periode;
        private final Clock klok;
        private java.time.Instant gelezen;
        private long waarde;

        Onthouden(java.util.function.LongSupplier bron, java.time.Duration periode, Clock klok) {
            this.bron = bron;
            this.periode = periode;
            this.klok = klok;
        }

        @Override
        public synchronized long getAsLong() {
            java.time.Instant nu = klok.instant();
            if (gelezen == null || !nu.isBefore(gelezen.plus(periode))) {
                waarde = bron.getAsLong();
                gelezen = nu;
            }
            return waarde;
        }
    }
}
