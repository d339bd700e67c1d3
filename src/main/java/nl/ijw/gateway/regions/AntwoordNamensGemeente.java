package nl.ijw.gateway.regions;

import static nl.ijw.gateway.bericht.BerichtSchrijver.element;
import static nl.ijw.gateway.bericht.BerichtSchrijver.tekst;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtSchrijver;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.bericht.Header;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Writes the JW319 a regional policy sends on a municipality's behalf in answer to a request (JW315
 * or JW317): Afzender the municipality, Ontvanger the provider, one answer per ReferentieAanbieder,
 * VerzoekAntwoord 1 (afgewezen, with the policy's RedenAfwijzingVerzoek, CD085) or 2 (in onderzoek,
 * without a reason, CD086).
 */
public final class AntwoordNamensGemeente {

    private static final String AFGEWEZEN = "1";
    private static final String IN_ONDERZOEK = "2";

    private final BerichtSchrijver schrijver;
    private final Clock klok;
    private final String standaardXsdVersie;

    public AntwoordNamensGemeente(BerichtSchrijver schrijver, Clock klok, String standaardXsdVersie) {
        this.schrijver = schrijver;
        this.klok = klok;
        this.standaardXsdVersie = standaardXsdVersie;
    }

    /** One answer as written: its Identificatie, what it answers and how, and its bytes. */
    public record Antwoord(String identificatie, String referentieAanbieder, String verzoekAntwoord, byte[] inhoud) {
    }

    /** The JW319 messages for this request and outcome; none when no policy answers it. */
    public List<Antwoord> bouw(Bericht verzoek, BeleidsUitkomst uitkomst, String berichtId) {
        String verzoekAntwoord;
        String reden;
        if (uitkomst.afwijzing().isPresent()) {
            verzoekAntwoord = AFGEWEZEN;
            reden = String.valueOf(uitkomst.afwijzing().get().versie().parameters().get(RegioLader.REDEN_AFWIJZING));
        } else if (uitkomst.onderzoek().isPresent()) {
            verzoekAntwoord = IN_ONDERZOEK;
            reden = null;
        } else {
            return List.of();
        }
        List<Antwoord> antwoorden = new ArrayList<>();
        for (String referentie : referenties(verzoek)) {
            antwoorden.add(antwoord(verzoek, referentie, verzoekAntwoord, reden, berichtId));
        }
        return antwoorden;
    }

    /**
     * Identificatie of an answer (at most 12 characters): derived from the tracking id and the
     * reference, so a redelivered request gets the very same answer, and prefixed so it cannot
     * collide with the municipality's own numbering.
     */
    static String identificatie(String berichtId, String referentie) {
        long hash = UUID.nameUUIDFromBytes((berichtId + ":" + referentie).getBytes(StandardCharsets.UTF_8))
                .getMostSignificantBits();
        return "GW" + Long.toString(hash & ((1L << 51) - 1), 36).toUpperCase();
    }

    private Antwoord antwoord(Bericht verzoek, String referentie, String verzoekAntwoord, String reden, String berichtId) {
        BerichtType type = BerichtType.JW319;
        String ns = type.namespace();
        Document d = schrijver.nieuw(type);
        String[] versies = schrijver.xsdVersies(type, standaardXsdVersie);
        String id = identificatie(berichtId, referentie);
        // The request went from provider to municipality; the answer goes back the other way.
        Element header = BerichtSchrijver.header(d, type, new Header(type.berichtCode(), BerichtType.BERICHT_VERSIE,
                BerichtType.BERICHT_SUBVERSIE, verzoek.header().ontvanger(), verzoek.header().afzender(), id,
                LocalDate.now(klok).toString(), versies[0], versies[1]));
        Element antwoord = element(d, ns, "Antwoord");
        antwoord.appendChild(tekst(d, ns, "ReferentieAanbieder", referentie));
        antwoord.appendChild(tekst(d, ns, "VerzoekAntwoord", verzoekAntwoord));
        if (reden != null) {
            antwoord.appendChild(tekst(d, ns, "RedenAfwijzingVerzoek", reden));
        }
        d.getDocumentElement().appendChild(header);
        d.getDocumentElement().appendChild(antwoord);
        try {
            return new Antwoord(id, referentie, verzoekAntwoord, schrijver.valideerEnSchrijf(d, type));
        } catch (SAXException e) {
            throw new IllegalStateException("JW319 namens gemeente niet schemageldig: " + e.getMessage(), e);
        }
    }

    /** JW317 has one ReferentieAanbieder (Verzoek); JW315 one per AangevraagdProduct. */
    private static Set<String> referenties(Bericht verzoek) {
        Set<String> referenties = new LinkedHashSet<>();
        String klasse = verzoek.type() == BerichtType.JW317 ? "Verzoek" : "AangevraagdProduct";
        for (Element e : verzoek.alle(klasse)) {
            Bericht.tekst(e, "ReferentieAanbieder").ifPresent(referenties::add);
        }
        return referenties;
    }
}
