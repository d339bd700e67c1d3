package nl.ijw.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtSchrijver;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.regions.Actie;
import nl.ijw.gateway.regions.BeleidVersie;
import nl.ijw.gateway.regions.PartijRegister;
import nl.ijw.gateway.regions.RegioLader;
import nl.ijw.gateway.regions.beleid.BeleidsCatalogus;
import nl.ijw.gateway.retour.RetourBuilder;
import nl.ijw.gateway.rules.RegelCatalogus;
import nl.ijw.gateway.validation.BerichtLezer;
import nl.ijw.gateway.validation.BestandsControle;
import nl.ijw.gateway.validation.IjwSchemas;
import nl.ijw.gateway.validation.Validatie;

/** Test messages from src/test/resources/berichten and the project's own schemas, loaded once. */
public final class Voorbeelden {

    /** After every Dagtekening in the samples, so TR135 holds for them. */
    public static final Clock KLOK = Clock.fixed(LocalDate.of(2026, 11, 23).atStartOfDay(ZoneId.of("Europe/Amsterdam"))
            .toInstant(), ZoneId.of("Europe/Amsterdam"));

    public static final IjwSchemas SCHEMAS = new IjwSchemas("ijw-3.2",
            naam -> Files.readAllBytes(Path.of("xsd/ijw-3.2").resolve(naam)));

    private static final BerichtLezer LEZER = new BerichtLezer(SCHEMAS);

    private Voorbeelden() {
    }

    public static String tekst(String naam) {
        try {
            return Files.readString(Path.of("src/test/resources/berichten").resolve(naam), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String RUN = Long.toString(System.nanoTime() % 1_679_616L + 1_679_616L, 36).substring(1);
    private static final java.util.concurrent.atomic.AtomicInteger TELLER = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * A sample message with an Identificatie of its own: TR056 makes the gateway refuse a second
     * message with the same Identificatie from the same sender, and the flow tests share one journal.
     */
    public static String tekst(BerichtType type) {
        String uniek = "T" + RUN + Integer.toString(TELLER.incrementAndGet(), 36);
        return tekst(type.name() + ".xml").replace(type.name() + "-0001</ijw:Identificatie>", uniek + "</ijw:Identificatie>");
    }

    /** A sample with the given Identificatie. */
    public static byte[] metIdentificatie(BerichtType type, String identificatie) {
        return tekst(type.name() + ".xml").replace(type.name() + "-0001</ijw:Identificatie>", identificatie + "</ijw:Identificatie>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The Identificatie in a message's header. */
    public static String identificatie(byte[] bericht) {
        String tekst = new String(bericht, StandardCharsets.UTF_8);
        int begin = tekst.indexOf("<ijw:Identificatie>") + "<ijw:Identificatie>".length();
        return tekst.substring(begin, tekst.indexOf('<', begin));
    }

    public static byte[] bytes(BerichtType type) {
        return tekst(type).getBytes(StandardCharsets.UTF_8);
    }

    /** The sample with one literal piece replaced; fails loudly when the piece is not in it. */
    public static byte[] met(BerichtType type, String was, String wordt) {
        String origineel = tekst(type);
        if (!origineel.contains(was)) {
            throw new IllegalArgumentException(type + " bevat '" + was + "' niet");
        }
        return origineel.replaceFirst(java.util.regex.Pattern.quote(was), java.util.regex.Matcher.quoteReplacement(wordt))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Replaces every occurrence; fails when the text does not contain the piece, so no test runs on the unchanged sample. */
    public static String vervang(String tekst, String was, String wordt) {
        assertThat(tekst).as("the sample to change").contains(was);
        return tekst.replace(was, wordt);
    }

    /** The sample JW301 with only its first product: 45A01 from 2026-11-01 to 2027-04-30. */
    public static String jw301MetEenProduct() {
        String xml = tekst(BerichtType.JW301);
        String zonderTweede = xml.replaceFirst(
                "(?s)\\s*<ToegewezenProduct>\\s*<ToewijzingNummer>100002</ToewijzingNummer>.*?</ToegewezenProduct>", "");
        assertThat(zonderTweede).as("the sample without its second product").isNotEqualTo(xml);
        return zonderTweede;
    }

    /** The message as the rules see it; fails when a variant a test made is not schema-valid, so it tests nothing else. */
    public static Bericht bericht(BerichtType type, byte[] inhoud) {
        BerichtLezer.Resultaat gelezen = LEZER.lees(inhoud);
        assertThat(gelezen.onleesbaarReden()).isEmpty();
        assertThat(gelezen.xsdBevindingen()).as("the variant is schema-valid").isEmpty();
        return new Bericht(type, gelezen.document(), SCHEMAS.herhalendeElementen());
    }

    public static Bericht bericht(BerichtType type, String xml) {
        return bericht(type, xml.getBytes(StandardCharsets.UTF_8));
    }

    /** A signalling policy version with these parameters; the kinds judge by its parameters, not its dates. */
    public static BeleidVersie versie(Map<String, Object> parameters) {
        return new BeleidVersie(LocalDate.of(2019, 1, 24), null, Actie.SIGNAAL, parameters);
    }

    public static final BerichtSchrijver SCHRIJVER = new BerichtSchrijver(SCHEMAS);

    /** The shipped region and provider files, as the gateway loads them by default. */
    public static final PartijRegister PARTIJEN = new RegioLader(new BeleidsCatalogus()).laad(regioBestanden());

    public static List<RegioLader.Bestand> regioBestanden() {
        try (var bestanden = Files.list(Path.of("regios"))) {
            return bestanden.filter(p -> p.toString().endsWith(".yaml")).sorted().map(p -> {
                try {
                    return new RegioLader.Bestand(p.getFileName().toString(), Files.readString(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped register, but Zwolle (0193) writes its own retours. */
    public static PartijRegister partijenMetZwolleDieZelfRetourneert() {
        List<RegioLader.Bestand> bestanden = regioBestanden().stream()
                .map(b -> b.naam().equals("ijsselland.yaml")
                        ? new RegioLader.Bestand(b.naam(), b.inhoud().replace("{ code: \"0193\", naam: Zwolle }",
                                "{ code: \"0193\", naam: Zwolle, retouren: zelf }"))
                        : b)
                .toList();
        return new RegioLader(new BeleidsCatalogus()).laad(bestanden);
    }

    public static Validatie validatie(PartijRegister partijen) {
        return new Validatie(new BestandsControle(25L * 1024 * 1024), new BerichtLezer(SCHEMAS), SCHEMAS,
                new RegelCatalogus(KLOK), new RetourBuilder(SCHRIJVER, KLOK, "0.1.0"), () -> partijen);
    }

    public static Validatie validatie() {
        return new Validatie(new BestandsControle(25L * 1024 * 1024), new BerichtLezer(SCHEMAS), SCHEMAS,
                new RegelCatalogus(KLOK), new RetourBuilder(SCHRIJVER, KLOK, "0.1.0"), () -> PARTIJEN);
    }
}
