package nl.ijw.gateway.operations;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import nl.ijw.gateway.VerstelbareKlok;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** An alarm is reported when it starts and when it ends, once each, however often it is checked. */
class AlarmenTest {

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final AtomicLong teLaat = new AtomicLong();
    private final VerstelbareKlok klok = new VerstelbareKlok(Instant.parse("2026-11-30T09:00:00Z"));
    private final Alarmen alarmen = new Alarmen(metrics, klok, 2, Duration.ofMinutes(30), 0, teLaat::get);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void luister() {
        log.start();
        ((Logger) LoggerFactory.getLogger("ijw.alarm")).addAppender(log);
    }

    @AfterEach
    void stop() {
        ((Logger) LoggerFactory.getLogger("ijw.alarm")).detachAppender(log);
    }

    private static Wachtrijen.Stand stand(Wachtrijen.Wachtrij... wachtrijen) {
        return new Wachtrijen.Stand(Instant.EPOCH, List.of(wachtrijen), null);
    }

    private static Wachtrijen.Wachtrij dlq(long berichten) {
        return new Wachtrijen.Wachtrij("ijw.dlq", berichten, 0, 0);
    }

    private double alarm(String naam) {
        var meter = metrics.find("ijw.alarm").tag("naam", naam).gauge();
        return meter == null ? -1 : meter.value();
    }

    private List<String> meldingen() {
        return log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void deadLettersAboveTheThresholdStartOneAlarmThatEndsOnce() {
        alarmen.controleer(stand(dlq(2)));
        assertThat(alarmen.actief()).isEmpty();

        for (int i = 0; i < 5; i++) {
            alarmen.controleer(stand(dlq(3 + i)));
        }
        assertThat(alarmen.actief()).extracting(Alarmen.Alarm::naam).containsExactly(Alarmen.DLQ);
        assertThat(alarm(Alarmen.DLQ)).isEqualTo(1.0);

        alarmen.controleer(stand(dlq(0)));
        alarmen.controleer(stand(dlq(0)));

        assertThat(alarmen.actief()).isEmpty();
        assertThat(alarm(Alarmen.DLQ)).isEqualTo(0.0);
        assertThat(meldingen()).hasSize(2);
        assertThat(meldingen().get(0)).startsWith("ALARM begint: dlq-diepte - 3 dode letters");
        assertThat(meldingen().get(1)).startsWith("ALARM voorbij: dlq-diepte");
        assertThat(metrics.find("ijw.alarmen").tag("alarm", Alarmen.DLQ).counter().count()).isEqualTo(1.0);
    }

    @Test
    void anOutboxThatHoldsMessagesNobodyTakesAlarmsAfterTheConfiguredTime() {
        String naam = Alarmen.OUTBOX + ":ijw.out.0193";
        alarmen.controleer(stand(new Wachtrijen.Wachtrij("ijw.out.0193", 5, 0, 100)));
        klok.verzet(Duration.ofMinutes(29));
        alarmen.controleer(stand(new Wachtrijen.Wachtrij("ijw.out.0193", 7, 0, 100)));
        assertThat(alarmen.actief()).isEmpty();

        klok.verzet(Duration.ofMinutes(1));
        alarmen.controleer(stand(new Wachtrijen.Wachtrij("ijw.out.0193", 7, 0, 100)));
        assertThat(alarmen.actief()).extracting(Alarmen.Alarm::naam).containsExactly(naam);

        // The back office takes messages again: the alarm ends, though the outbox is not empty yet.
        klok.verzet(Duration.ofMinutes(1));
        alarmen.controleer(stand(new Wachtrijen.Wachtrij("ijw.out.0193", 4, 1, 103)));
        assertThat(alarmen.actief()).isEmpty();
        assertThat(alarm(naam)).isEqualTo(0.0);
    }

    @Test
    void aBusyOutboxThatIsDrainedDoesNotAlarm() {
        for (int minuut = 0; minuut < 120; minuut++) {
            klok.verzet(Duration.ofMinutes(1));
            alarmen.controleer(stand(new Wachtrijen.Wachtrij("ijw.out.0193", 50, 1, 1_000L * minuut)));
        }
        assertThat(alarmen.actief()).isEmpty();
        assertThat(meldingen()).isEmpty();
    }

    @Test
    void overdueRetoursAndAnUnreadableBrokerAlarmToo() {
        teLaat.set(1);
        alarmen.controleer(new Wachtrijen.Stand(Instant.EPOCH, List.of(), "broker niet te lezen: JMSException"));

        assertThat(alarmen.actief()).extracting(Alarmen.Alarm::naam)
                .containsExactlyInAnyOrder(Alarmen.RETOUREN, Alarmen.BROKER);

        teLaat.set(0);
        alarmen.controleer(stand(dlq(0)));
        assertThat(alarmen.actief()).isEmpty();
    }
}
