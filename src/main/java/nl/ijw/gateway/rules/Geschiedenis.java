package nl.ijw.gateway.rules;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import org.w3c.dom.Element;

/**
 * What the gateway has seen before, for the rules that span messages (berichtoverstijgend). Only
 * messages the gateway accepted and passed on count, and only what it journaled: a rule never
 * rejects on what the gateway cannot know (OP095). Clients are compared by a keyed hash of the BSN
 * ({@link #clientSleutel}), never by the BSN itself.
 */
public interface Geschiedenis {

    /** Whether this sender already sent a message of this type with this Identificatie. */
    boolean identificatieGebruikt(String afzender, BerichtType type, String identificatie);

    /**
     * Every allocation version the gateway forwarded in a JW301 for this client to this provider, from
     * any municipality, in the order received; empty when it never forwarded a JW301 for them. A JW301
     * holds all current allocations of a client at a provider (OP087), so once one was seen the
     * gateway knows them.
     */
    Optional<List<Toewijzing>> toewijzingen(String aanbieder, String bsn);

    /** Allocation versions this municipality sent under this number, for any client or provider. */
    List<Toewijzing> toewijzingenMetNummer(String gemeente, String nummer);

    /** Allocation versions sent to this provider that honour the request with this ReferentieAanbieder. */
    List<Toewijzing> toewijzingenMetReferentie(String aanbieder, String referentie);

    /** Starts (JW305) and stops (JW307) of this provider for this client, in the order received. */
    List<Levering> leveringen(String aanbieder, String bsn);

    /** Requests (JW315, JW317) of this provider for this client. */
    List<Verzoek> verzoeken(String aanbieder, String bsn);

    /** Requests of this provider with this ReferentieAanbieder, for any client. */
    List<Verzoek> verzoekenMetReferentie(String aanbieder, String referentie);

    /** Answers (JW319) to this provider's request with this ReferentieAanbieder, in the order sent. */
    List<Antwoord> antwoorden(String aanbieder, String referentie);

    /** The key by which this history knows a client. */
    String clientSleutel(String bsn);

    /**
     * From this day on the gateway has seen all traffic: the start of its journal, or the day set by
     * configuration. Empty while it has seen nothing.
     */
    Optional<LocalDate> volledigSinds();

    /**
     * One version of an allocation (ToegewezenProduct) in a forwarded JW301.
     *
     * @param inhoud what was allocated; empty for allocations journaled before the gateway kept it
     */
    record Toewijzing(String gemeente, String aanbieder, String client, String nummer, String referentieAanbieder,
                      LocalDate ingangsdatum, LocalDate einddatum, String redenWijziging,
                      LocalDateTime toewijzingsmoment, Optional<Inhoud> inhoud) {

        /** RedenWijziging 13: the allocation was removed as if it never existed. */
        public boolean verwijderd() {
            return "13".equals(redenWijziging);
        }
    }

    /**
     * What an allocation holds: its Product (absent for a budget without product, CD079), its Omvang
     * or its Budget. Volume and Budget as written, compared as numbers.
     */
    record Inhoud(Optional<String> categorie, Optional<String> code, Optional<Omvang> omvang, Optional<String> budget) {

        /** What the class (a ToegewezenProduct, NieuwProduct or TeWijzigenProduct) holds of these. */
        public static Inhoud van(Element klasse) {
            Optional<Element> product = Bericht.kind(klasse, "Product");
            return new Inhoud(product.flatMap(p -> Bericht.tekst(p, "Categorie")), product.flatMap(p -> Bericht.tekst(p, "Code")),
                    Omvang.van(klasse), Bericht.tekst(klasse, "Budget"));
        }

        /** The product as the overlap rules compare it: Categorie, and Code when given. */
        public Optional<String> product() {
            return categorie.map(c -> code.map(code -> c + "/" + code).orElse(c));
        }

        /** The product of this class as {@link #product()} gives it, without reading the rest. */
        public static Optional<String> product(Element klasse) {
            Optional<Element> product = Bericht.kind(klasse, "Product");
            return new Inhoud(product.flatMap(p -> Bericht.tekst(p, "Categorie")), product.flatMap(p -> Bericht.tekst(p, "Code")),
                    Optional.empty(), Optional.empty()).product();
        }
    }

    /** An Omvang: Volume of Eenheid per Frequentie (6: in total over the allocation's period). */
    record Omvang(String volume, String eenheid, String frequentie) {

        public static final String TOTAAL_IN_PERIODE = "6";

        /** The Omvang of this class, when it has one. */
        public static Optional<Omvang> van(Element klasse) {
            return Bericht.kind(klasse, "Omvang").map(o -> new Omvang(Bericht.tekst(o, "Volume").orElse("0"),
                    Bericht.tekst(o, "Eenheid").orElse(""), Bericht.tekst(o, "Frequentie").orElse("")));
        }

        /** Equal in value: 08 hours and 8 hours are one Omvang. */
        public boolean gelijk(Omvang ander) {
            return new BigInteger(volume).equals(new BigInteger(ander.volume)) && eenheid.equals(ander.eenheid)
                    && frequentie.equals(ander.frequentie);
        }

        @Override
        public String toString() {
            return volume + " (eenheid " + eenheid + ", frequentie " + frequentie + ")";
        }
    }

    /** One start or stop as delivered, with its StatusAanlevering (1 new, 2 changed, 3 removed). */
    record Levering(BerichtType soort, String gemeente, String sleutel, LocalDate begindatum, LocalDate einddatum,
                    String redenBeeindiging, String statusAanlevering) {
    }

    /** One request (a ReferentieAanbieder of a JW315 or JW317) and whether it still awaits its answer. */
    record Verzoek(BerichtType soort, String gemeente, String client, String referentie, boolean onderhanden) {
    }

    /** One answer (JW319): VerzoekAntwoord 1 is a rejection, 2 "in onderzoek". */
    record Antwoord(String gemeente, String referentie, String verzoekAntwoord) {

        public boolean inOnderzoek() {
            return "2".equals(verzoekAntwoord);
        }
    }

    /** A history that has seen nothing, for a gateway without a journal and for tests of single messages. */
    Geschiedenis LEEG = new Geschiedenis() {
        @Override
        public boolean identificatieGebruikt(String afzender, BerichtType type, String identificatie) {
            return false;
        }

        @Override
        public Optional<List<Toewijzing>> toewijzingen(String aanbieder, String bsn) {
            return Optional.empty();
        }

        @Override
        public List<Toewijzing> toewijzingenMetNummer(String gemeente, String nummer) {
            return List.of();
        }

        @Override
        public List<Toewijzing> toewijzingenMetReferentie(String aanbieder, String referentie) {
            return List.of();
        }

        @Override
        public List<Levering> leveringen(String aanbieder, String bsn) {
            return List.of();
        }

        @Override
        public List<Verzoek> verzoeken(String aanbieder, String bsn) {
            return List.of();
        }

        @Override
        public List<Verzoek> verzoekenMetReferentie(String aanbieder, String referentie) {
            return List.of();
        }

        @Override
        public List<Antwoord> antwoorden(String aanbieder, String referentie) {
            return List.of();
        }

        @Override
        public String clientSleutel(String bsn) {
            return bsn;
        }

        @Override
        public Optional<LocalDate> volledigSinds() {
            return Optional.empty();
        }
    };
}
