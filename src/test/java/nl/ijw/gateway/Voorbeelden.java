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
import nl.ijw.gateway.rules.Geschiedenis;
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
     * A sample message with an Identificatie, a client, allocation numbers and references of its own:
     * the flow tests share one journal, and the gateway refuses a second message with the same
     * Identificatie (TR056) or a second start with the same key (TR074), and so on.
     */
    public static String tekst(BerichtType type) {
        return traject().tekst(type);
    }

    /** A client of its own with allocations and requests of its own, for a chain of sample messages. */
    public static Traject traject() {
        return new Traject();
    }

    /** Sample values that identify a client or trajectory, and what each traject uses instead. */
    private static final List<String> SAMPLE_NUMMERS = List.of("100001", "100002");
    private static final List<String> SAMPLE_REFERENTIES = List.of("VOT-2026-0001", "VOW-2026-0001");
    public static final String SAMPLE_BSN = "999993653";
    private static final java.util.concurrent.atomic.AtomicLong VOLGENDE_BSN =
            new java.util.concurrent.atomic.AtomicLong(999_900_006L + Math.floorMod(System.nanoTime(), 90_000L));
    private static final java.util.concurrent.atomic.AtomicLong VOLGENDE_NUMMER =
            new java.util.concurrent.atomic.AtomicLong(200_000_000L + Math.floorMod(System.nanoTime(), 700_000_000L));
    /** Each value a traject used, mapped back to the sample's: compare with expected files written for the samples. */
    private static final Map<String, String> ORIGINEEL = new java.util.concurrent.ConcurrentHashMap<>();

    /** A chain of sample messages about one client of its own. */
    public static final class Traject {

        private final String bsn = nieuweBsn();
        private final Map<String, String> waarden = new java.util.LinkedHashMap<>();

        private Traject() {
            waarden.put(">" + SAMPLE_BSN + "<", ">" + bsn + "<");
            for (String nummer : SAMPLE_NUMMERS) {
                waarden.put(">" + nummer + "<", ">" + VOLGENDE_NUMMER.incrementAndGet() + "<");
            }
            for (String referentie : SAMPLE_REFERENTIES) {
                waarden.put(">" + referentie + "<", ">" + referentie.substring(0, 4) + RUN + Integer.toString(
                        TELLER.incrementAndGet(), 36) + "<");
            }
            waarden.forEach((sample, eigen) -> ORIGINEEL.put(eigen, sample));
        }

        /** This client's BSN. */
        public String bsn() {
            return bsn;
        }

        /** What this traject uses for a value of the samples (a BSN, ToewijzingNummer or ReferentieAanbieder). */
        public String waarde(String sample) {
            String eigen = waarden.get(">" + sample + "<");
            if (eigen == null) {
                throw new IllegalArgumentException("geen samplewaarde: " + sample);
            }
            return eigen.substring(1, eigen.length() - 1);
        }

        /** The sample of this type about this client, with an Identificatie of its own. */
        public String tekst(BerichtType type) {
            return tekst(type, Voorbeelden.tekst(type.name() + ".xml"));
        }

        /**
         * The sample with one literal piece replaced (in the sample as written, so with its values),
         * then made about this client; fails loudly when the piece is not in it.
         */
        public String met(BerichtType type, String was, String wordt) {
            return bewerkt(type, sample -> {
                if (!sample.contains(was)) {
                    throw new IllegalArgumentException(type + " bevat '" + was + "' niet");
                }
                return sample.replaceFirst(java.util.regex.Pattern.quote(was), java.util.regex.Matcher.quoteReplacement(wordt));
            });
        }

        /** The sample changed as written (with the samples' values), then made about this client. */
        public String bewerkt(BerichtType type, java.util.function.UnaryOperator<String> bewerking) {
            return tekst(type, bewerking.apply(Voorbeelden.tekst(type.name() + ".xml")));
        }

        private String tekst(BerichtType type, String sample) {
            return eigen(sample.replace(type.name() + "-0001</ijw:Identificatie>",
                    "T" + RUN + Integer.toString(TELLER.incrementAndGet(), 36) + "</ijw:Identificatie>"));
        }

        /** Any message text written with the samples' values, made about this client. */
        public String eigen(String tekst) {
            String resultaat = tekst;
            for (Map.Entry<String, String> w : waarden.entrySet()) {
                resultaat = resultaat.replace(w.getKey(), w.getValue());
            }
            return resultaat;
        }
    }

    /** The text with every value a traject used put back to the sample's, for comparing with expected files. */
    public static String origineel(String tekst) {
        String resultaat = tekst;
        for (Map.Entry<String, String> w : ORIGINEEL.entrySet()) {
            if (resultaat.contains(w.getKey())) {
                resultaat = resultaat.replace(w.getKey(), w.getValue());
            }
        }
        return resultaat;
    }

    public static String origineel(byte[] inhoud) {
        return origineel(new String(inhoud, StandardCharsets.UTF_8));
    }

    /** The next BSN of the test range (999900006-999999990) that passes the elfproef. */
    private static String nieuweBsn() {
        while (true) {
            long kandidaat = VOLGENDE_BSN.getAndIncrement();
            if (kandidaat > 999_999_990L) {
                VOLGENDE_BSN.compareAndSet(kandidaat + 1, 999_900_006L);
                continue;
            }
            String bsn = Long.toString(kandidaat);
            int som = 0;
            for (int i = 0; i < 8; i++) {
                som += (bsn.charAt(i) - '0') * (9 - i);
            }
            som -= bsn.charAt(8) - '0';
            if (som % 11 == 0 && !bsn.equals(SAMPLE_BSN)) {
                return bsn;
            }
        }
    }

    /** A sample with the given Identificatie. */
    public static byte[] metIdentificatie(BerichtType type, String identificatie) {
        return traject().eigen(tekst(type.name() + ".xml").replace(type.name() + "-0001</ijw:Identificatie>",
                identificatie + "</ijw:Identificatie>")).getBytes(StandardCharsets.UTF_8);
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
        return traject().met(type, was, wordt).getBytes(StandardCharsets.UTF_8);
    }

    /** Replaces the first occurrence only; fails when the text does not contain the piece. */
    public static String vervangEerste(String tekst, String was, String wordt) {
        assertThat(tekst).as("the sample to change").contains(was);
        int plek = tekst.indexOf(was);
        return tekst.substring(0, plek) + wordt + tekst.substring(plek + was.length());
    }

    /** Replaces the last occurrence only; fails when the text does not contain the piece. */
    public static String vervangLaatste(String tekst, String was, String wordt) {
        assertThat(tekst).as("the sample to change").contains(was);
        int plek = tekst.lastIndexOf(was);
        return tekst.substring(0, plek) + wordt + tekst.substring(plek + was.length());
    }

    /** Replaces every occurrence; fails when the text does not contain the piece, so no test runs on the unchanged sample. */
    public static String vervang(String tekst, String was, String wordt) {
        assertThat(tekst).as("the sample to change").contains(was);
        return tekst.replace(was, wordt);
    }

    /** The sample JW301 with only its first product: 45A01 from 2026-11-01 to 2027-04-30. */
    public static String jw301MetEenProduct() {
        return traject().bewerkt(BerichtType.JW301, xml -> {
            String zonderTweede = xml.replaceFirst(
                    "(?s)\\s*<ToegewezenProduct>\\s*<ToewijzingNummer>100002</ToewijzingNummer>.*?</ToegewezenProduct>", "");
            assertThat(zonderTweede).as("the sample without its second product").isNotEqualTo(xml);
            return zonderTweede;
        });
    }

    /**
     * A valid JW301 of this client with this many allocations of one product, one after the other in
     * time (so none overlap): about 420 bytes each, 60,000 make a message of nearly 25 MB.
     */
    public static String jw301MetToewijzingen(Traject client, int aantal) {
        String jw301 = client.tekst(BerichtType.JW301);
        StringBuilder producten = new StringBuilder(aantal * 430);
        LocalDate dag = LocalDate.of(1990, 1, 1);
        for (int i = 0; i < aantal; i++) {
            LocalDate d = dag.plusDays(i);
            producten.append("<ToegewezenProduct><ToewijzingNummer>").append(300_000 + i).append("</ToewijzingNummer>"
                    + "<Product><ijw:Categorie>45</ijw:Categorie><ijw:Code>45A01</ijw:Code></Product>"
                    + "<Toewijzingsdatum>2026-11-02</Toewijzingsdatum><Toewijzingstijd>09:30:00</Toewijzingstijd><Ingangsdatum>")
                    .append(d).append("</Ingangsdatum><Einddatum>").append(d).append("</Einddatum><Omvang><ijw:Volume>3</ijw:Volume>"
                    + "<ijw:Eenheid>04</ijw:Eenheid><ijw:Frequentie>4</ijw:Frequentie></Omvang></ToegewezenProduct>");
        }
        return jw301.substring(0, jw301.indexOf("<ToegewezenProduct>")) + producten
                + jw301.substring(jw301.indexOf("</ToegewezenProducten>"));
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

    /** As the development broker users: a sender signed in as a party code sends for that party. */
    public static final nl.ijw.gateway.validation.Verzenders VERZENDER_IS_PARTIJ = verzender -> java.util.Set.of(verzender);

    public static Validatie validatie(PartijRegister partijen) {
        return validatie(partijen, Geschiedenis.LEEG);
    }

    /** The validation with the rules that span messages reading this history. */
    public static Validatie validatie(PartijRegister partijen, Geschiedenis geschiedenis) {
        return new Validatie(new BestandsControle(25L * 1024 * 1024), new BerichtLezer(SCHEMAS), SCHEMAS,
                new RegelCatalogus(KLOK, geschiedenis), new RetourBuilder(SCHRIJVER, KLOK, "0.1.0"), () -> partijen,
                VERZENDER_IS_PARTIJ);
    }

    public static Validatie validatie() {
        return new Validatie(new BestandsControle(25L * 1024 * 1024), new BerichtLezer(SCHEMAS), SCHEMAS,
                new RegelCatalogus(KLOK), new RetourBuilder(SCHRIJVER, KLOK, "0.1.0"), () -> PARTIJEN, VERZENDER_IS_PARTIJ);
    }
}
