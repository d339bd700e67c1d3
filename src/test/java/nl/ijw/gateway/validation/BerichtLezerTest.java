package nl.ijw.gateway.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.deadletter.DlqReden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BerichtLezerTest {

    private final BerichtLezer lezer = new BerichtLezer(Voorbeelden.SCHEMAS);

    @ParameterizedTest
    @EnumSource(BerichtType.class)
    void everySampleIsReadAsItsOwnTypeWithoutFindings(BerichtType type) {
        var resultaat = lezer.lees(Voorbeelden.bytes(type));

        assertThat(resultaat.onleesbaarReden()).isEmpty();
        assertThat(resultaat.type()).isEqualTo(type);
        assertThat(resultaat.xsdBevindingen()).isEmpty();
        assertThat(resultaat.document().getDocumentElement().getLocalName()).isEqualTo("Bericht");
    }

    @Test
    void schemaViolationsAreAllReportedWithTheirLocation() {
        byte[] bericht = Voorbeelden.tekst(BerichtType.JW301)
                .replaceFirst("<Geslacht>2</Geslacht>", "<Geslacht>7</Geslacht>")
                .replaceFirst("<Toewijzingstijd>[^<]*</Toewijzingstijd>", "")
                .getBytes(StandardCharsets.UTF_8);

        var resultaat = lezer.lees(bericht);

        assertThat(resultaat.xsdBevindingen()).extracting(Bevinding::regel).containsOnly("XSD");
        assertThat(resultaat.xsdBevindingen()).extracting(Bevinding::locatie).containsExactly(
                "/Bericht/Client/Geslacht",
                "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Ingangsdatum");
    }

    @Test
    void berichtCodeThatDoesNotMatchTheNamespaceIsASchemaViolation() {
        var resultaat = lezer.lees(Voorbeelden.met(BerichtType.JW305, "<BerichtCode>438</BerichtCode>",
                "<BerichtCode>436</BerichtCode>"));

        assertThat(resultaat.type()).isEqualTo(BerichtType.JW305);
        assertThat(resultaat.xsdBevindingen()).extracting(Bevinding::locatie).containsExactly("/Bericht/Header/BerichtCode");
    }

    @Test
    void unknownNamespaceIsAnUnknownMessageType() {
        var resultaat = lezer.lees(Voorbeelden.met(BerichtType.JW301, "/jw301/schema\"", "/jw399/schema\""));

        assertThat(resultaat.onleesbaarReden()).contains(DlqReden.ONBEKEND_BERICHTTYPE);
    }

    @Test
    void doctypeIsRefusedBeforeAnyEntityIsExpanded() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Bericht [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Bericht xmlns=\"http://www.istandaarden.nl/ijw/3_2/jw301/schema\">&x;</Bericht>";

        var resultaat = lezer.lees(xxe.getBytes(StandardCharsets.UTF_8));

        assertThat(resultaat.onleesbaarReden()).contains(DlqReden.DTD);
        assertThat(resultaat.melding()).doesNotContain("root:");
    }

    @Test
    void truncatedDocumentIsNotWellFormed() {
        String tekst = Voorbeelden.tekst(BerichtType.JW305);
        var resultaat = lezer.lees(tekst.substring(0, tekst.length() / 2).getBytes(StandardCharsets.UTF_8));

        assertThat(resultaat.onleesbaarReden()).contains(DlqReden.NIET_WELGEVORMD);
    }
}
