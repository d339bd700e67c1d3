package nl.ijw.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.activemq.artemis.utils.UUIDGenerator;
import org.junit.jupiter.api.Test;

class TrackingIdTest {

    @Test
    void idOfAnArtemisMessageCarriesItsMomentAndIsTheSameForEveryDelivery() {
        long voor = Instant.now().toEpochMilli();
        String jmsId = "ID:" + UUIDGenerator.getInstance().generateUUID();
        long na = Instant.now().toEpochMilli();

        String id = TrackingId.van(jmsId);

        UUID uuid = UUID.fromString(id);
        assertThat(uuid.version()).isEqualTo(7);
        assertThat(uuid.variant()).isEqualTo(2);
        assertThat(uuid.getMostSignificantBits() >>> 16).isBetween(voor - 1, na + 1);
        assertThat(TrackingId.van(jmsId)).isEqualTo(id);
    }

    @Test
    void idsOfLaterMessagesSortAfterThoseOfEarlierOnes() throws InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(TrackingId.van("ID:" + UUIDGenerator.getInstance().generateUUID()));
            Thread.sleep(3);
        }
        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void messagesWithinOneMillisecondStillGetDifferentIds() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(TrackingId.van("ID:" + UUIDGenerator.getInstance().generateUUID()));
        }
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void anIdThatIsNoTimeBasedUuidGetsANameBasedOne() {
        String id = TrackingId.van("ID:klant-bericht-17");

        assertThat(UUID.fromString(id)).isEqualTo(UUID.nameUUIDFromBytes("ID:klant-bericht-17".getBytes()));
        assertThat(TrackingId.van("ID:" + UUID.randomUUID())).satisfies(v -> assertThat(UUID.fromString(v).version()).isEqualTo(3));
    }

    @Test
    void aWrittenMessageSortsWithItsHeenberichtAndDiffersPerKind() {
        String heen = TrackingId.van("ID:" + UUIDGenerator.getInstance().generateUUID());

        String retour = TrackingId.afgeleid(heen, "retour");
        String antwoord = TrackingId.afgeleid(heen, "antwoord:0");

        assertThat(UUID.fromString(retour).getMostSignificantBits() >>> 16)
                .isEqualTo(UUID.fromString(heen).getMostSignificantBits() >>> 16);
        assertThat(retour).isNotEqualTo(antwoord).isNotEqualTo(heen).isEqualTo(TrackingId.afgeleid(heen, "retour"));
    }

    @Test
    void aWrittenMessageOfANameBasedIdIsNameBasedToo() {
        String heen = TrackingId.van("ID:klant-bericht-17");

        assertThat(TrackingId.afgeleid(heen, "retour"))
                .isEqualTo(UUID.nameUUIDFromBytes((heen + ":retour").getBytes()).toString());
    }
}
