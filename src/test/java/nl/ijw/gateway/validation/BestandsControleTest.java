package nl.ijw.gateway.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import nl.ijw.gateway.deadletter.DlqReden;
import org.junit.jupiter.api.Test;

class BestandsControleTest {

    private final BestandsControle controle = new BestandsControle(100);

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void plainUtf8WithoutBomPasses() {
        assertThat(controle.controleer(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>é</a>"))).isEmpty();
    }

    @Test
    void emptyBodyIsRefused() {
        assertThat(controle.controleer(new byte[0])).get().extracting(BestandsControle.Afwijzing::reden)
                .isEqualTo(DlqReden.LEEG);
    }

    @Test
    void bodyOverTheLimitIsRefusedAsTooLarge() {
        assertThat(controle.controleer(new byte[101])).get().extracting(BestandsControle.Afwijzing::reden)
                .isEqualTo(DlqReden.TE_GROOT);
        assertThat(controle.controleer(utf8("<a>" + "x".repeat(93) + "</a>"))).isEmpty();
    }

    @Test
    void byteOrderMarkIsRefused() {
        byte[] metBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<', 'a', '/', '>'};
        assertThat(controle.controleer(metBom)).get().satisfies(a -> {
            assertThat(a.reden()).isEqualTo(DlqReden.CODERING);
            assertThat(a.melding()).contains("OP192");
        });
    }

    @Test
    void latin1BytesAreRefused() {
        assertThat(controle.controleer("<a>é</a>".getBytes(StandardCharsets.ISO_8859_1))).get()
                .extracting(BestandsControle.Afwijzing::reden).isEqualTo(DlqReden.CODERING);
    }

    @Test
    void utf16IsRefused() {
        assertThat(controle.controleer("<a/>".getBytes(StandardCharsets.UTF_16))).get()
                .extracting(BestandsControle.Afwijzing::reden).isEqualTo(DlqReden.CODERING);
    }

    @Test
    void anotherDeclaredEncodingIsRefusedEvenWhenTheBytesAreAscii() {
        assertThat(controle.controleer(utf8("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>"))).get()
                .extracting(BestandsControle.Afwijzing::reden).isEqualTo(DlqReden.CODERING);
    }
}
