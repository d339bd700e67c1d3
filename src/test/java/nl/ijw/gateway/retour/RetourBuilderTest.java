package nl.ijw.gateway.retour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.xml.transform.stream.StreamSource;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.BerichtLezer;
import nl.ijw.gateway.validation.Bevinding;
import nl.ijw.gateway.validation.Validatie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/**
 * Retour messages compared by similarity with expected files in src/test/resources/retouren, the
 * generated IdentificatieRetour and DagtekeningRetour left out of the comparison.
 */
class RetourBuilderTest {

    private final BerichtLezer lezer = new BerichtLezer(Voorbeelden.SCHEMAS);
    private final Validatie validatie = Voorbeelden.validatie();
    private final RetourBuilder builder = new RetourBuilder(Voorbeelden.SCHRIJVER, Voorbeelden.KLOK, "0.1.0");

    static Stream<Arguments> afkeuringen() {
        return Stream.of(
                Arguments.of("JW302-bsn", BerichtType.JW301, "999993653", "999993654"),
                Arguments.of("JW302-xsd", BerichtType.JW301, "<Geslacht>2</Geslacht>", "<Geslacht>7</Geslacht>"),
                Arguments.of("JW306-bsn", BerichtType.JW305, "999993653", "999993654"),
                Arguments.of("JW308-einddatum", BerichtType.JW307, "<Einddatum>2026-11-02</Einddatum>",
                        "<Einddatum>2026-11-01</Einddatum>"),
                Arguments.of("JW316-einddatum", BerichtType.JW315, "<ToewijzingEinddatum>2027-04-30</ToewijzingEinddatum>",
                        "<ToewijzingEinddatum>2026-01-01</ToewijzingEinddatum>"),
                Arguments.of("JW318-einddatum", BerichtType.JW317, "<Einddatum>2027-04-30</Einddatum>",
                        "<Einddatum>2026-11-15</Einddatum>"),
                Arguments.of("JW320-dagtekening", BerichtType.JW319, "<ijw:Dagtekening>2026-11-02</ijw:Dagtekening>",
                        "<ijw:Dagtekening>2099-12-01</ijw:Dagtekening>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("afkeuringen")
    void rejectedMessageGetsTheExpectedRetour(String verwacht, BerichtType type, String was, String wordt) throws Exception {
        byte[] heen = Voorbeelden.met(type, was, wordt);
        var gelezen = lezer.lees(heen);
        var bevindingen = validatie.valideer(heen).bevindingen();
        assertThat(bevindingen).isNotEmpty();

        byte[] retour = builder.bouw(new Bericht(type, gelezen.document(), Voorbeelden.SCHEMAS.herhalendeElementen()),
                bevindingen, "test-" + verwacht);

        assertSimilar(verwacht, retour);
        assertThat(Voorbeelden.identificatie(retour)).isEqualTo(Voorbeelden.identificatie(heen));
    }

    @ParameterizedTest
    @EnumSource(value = BerichtType.class, names = {"JW301", "JW305", "JW307", "JW315", "JW317", "JW319"})
    void acceptedMessageGetsHeaderOnlyRetourWith0200(BerichtType type) throws Exception {
        var gelezen = lezer.lees(Voorbeelden.bytes(type));

        byte[] retour = builder.bouw(new Bericht(type, gelezen.document(), Voorbeelden.SCHEMAS.herhalendeElementen()),
                java.util.List.of(), "test-" + type);

        assertSimilar(type.retourType().orElseThrow() + "-geaccepteerd", retour);
    }

    @Test
    void identificatieRetourFitsTheStandardsTwelveCharactersAndIsStablePerMessage() {
        String id = RetourBuilder.identificatieRetour("8dd0f4a9-8663-3b55-b398-dbec3c716999");

        assertThat(id).hasSizeBetween(2, 12).startsWith("R");
        assertThat(RetourBuilder.identificatieRetour("8dd0f4a9-8663-3b55-b398-dbec3c716999")).isEqualTo(id);
        assertThat(RetourBuilder.identificatieRetour("8dd0f4a9-8663-3b55-b398-dbec3c716998")).isNotEqualTo(id);
    }

    @Test
    void headerWithoutAfzenderCannotBeAnswered() {
        byte[] heen = Voorbeelden.tekst(BerichtType.JW305).replaceFirst("<Afzender>12345678</Afzender>", "")
                .getBytes(StandardCharsets.UTF_8);
        var gelezen = lezer.lees(heen);

        assertThatThrownBy(() -> builder.bouw(new Bericht(BerichtType.JW305, gelezen.document(),
                Voorbeelden.SCHEMAS.herhalendeElementen()), gelezen.xsdBevindingen(), "x"))
                .isInstanceOf(RetourBuilder.RetourOnmogelijk.class);
    }

    private static void assertSimilar(String verwacht, byte[] retour) throws IOException {
        Path bestand = Path.of("src/test/resources/retouren", verwacht + ".xml");
        Path werkelijk = Path.of("target/retouren", verwacht + ".xml");
        Files.createDirectories(werkelijk.getParent());
        Files.write(werkelijk, retour);
        assertThat(bestand).as("verwacht retourbericht (werkelijk staat in %s)", werkelijk).exists();
        Diff diff = DiffBuilder.compare(new StreamSource(bestand.toFile()))
                .withTest(Voorbeelden.origineel(retour))
                .ignoreWhitespace()
                .checkForSimilar()
                .withNodeFilter(RetourBuilderTest::nietGegenereerd)
                .build();
        assertThat(diff.hasDifferences()).as("%s: %s", verwacht, diff).isFalse();
    }

    static boolean nietGegenereerd(Node node) {
        // The samples get an Identificatie of their own per test (Voorbeelden); the retour's copy of it is checked apart.
        return !(node instanceof Element e)
                || !(e.getLocalName().equals("IdentificatieRetour") || e.getLocalName().equals("DagtekeningRetour")
                        || e.getLocalName().equals("Identificatie"));
    }
}
