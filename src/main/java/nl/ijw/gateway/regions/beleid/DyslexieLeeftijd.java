package nl.ijw.gateway.regions.beleid;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.regions.BeleidVersie;
import org.w3c.dom.Element;

/**
 * IJsselland 001-G1: severe dyslexia care is for children aged "7 tot 13". A dyslexia product whose
 * client is, on the product's start date, younger than the minimum age or at least the maximum age
 * holds. The protocol does not say whether 13 is included: read literally, "tot" excludes it (a
 * thirteen-year-old is out), which is how {@code max-leeftijd} works; a region that means "up to and
 * including 13" configures 14. The seed names no product codes for dyslexia care, so they are
 * required configuration rather than a guess. A birth date marked as entirely unknown
 * (DatumGebruik 3) gives no age and is not judged.
 */
public final class DyslexieLeeftijd extends InstelbareSoort<DyslexieLeeftijd.Instelling> {

    /** The product codes of dyslexia care. */
    public static final String PRODUCTEN = "producten";
    /** The youngest age (in whole years) on the start date. */
    public static final String MIN_LEEFTIJD = "min-leeftijd";
    /** The first age (in whole years) that is too old: exclusive. */
    public static final String MAX_LEEFTIJD = "max-leeftijd";

    private static final ParameterLezer.Vorm LEEFTIJD = new ParameterLezer.Vorm("\\d{1,2}", "leeftijd in hele jaren");

    record Instelling(Set<String> producten, int minLeeftijd, int maxLeeftijd) {
    }

    /** Per message: the product element and the name of its start date. */
    private record Start(String product, String ingangsdatum) {
    }

    private static final Map<BerichtType, Start> STARTS = Map.of(
            BerichtType.JW301, new Start("ToegewezenProduct", "Ingangsdatum"),
            BerichtType.JW315, new Start("AangevraagdProduct", "ToewijzingIngangsdatum"));

    @Override
    public String soort() {
        return "dyslexie-leeftijd";
    }

    @Override
    public Set<BerichtType> berichten() {
        return STARTS.keySet();
    }

    @Override
    public boolean geldt(Bericht bericht, BeleidVersie versie, LocalDate ontvangen) {
        Instelling instelling = instellingen(versie);
        Start start = STARTS.get(bericht.type());
        Optional<LocalDate> geboren = geboortedatum(bericht);
        if (start == null || geboren.isEmpty()) {
            return false;
        }
        for (Element product : bericht.alle(start.product())) {
            boolean dyslexie = Bericht.tekst(product, "Product", "Code").map(instelling.producten()::contains).orElse(false);
            Optional<LocalDate> ingang = Bericht.datum(product, start.ingangsdatum());
            if (dyslexie && ingang.isPresent()) {
                int leeftijd = Period.between(geboren.get(), ingang.get()).getYears();
                if (leeftijd < instelling.minLeeftijd() || leeftijd >= instelling.maxLeeftijd()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<LocalDate> geboortedatum(Bericht bericht) {
        Optional<Element> geboortedatum = Bericht.kind(bericht.root(), "Client")
                .flatMap(client -> Bericht.kind(client, "Geboortedatum"));
        if (geboortedatum.isEmpty() || Bericht.tekst(geboortedatum.get(), "DatumGebruik").map("3"::equals).orElse(false)) {
            return Optional.empty();
        }
        return Bericht.datum(geboortedatum.get(), "Datum");
    }

    @Override
    protected Instelling lees(ParameterLezer lezer) {
        Set<String> producten = lezer.lijst(PRODUCTEN, "productcodes", ParameterLezer.PRODUCTCODE,
                "de productcodes van ernstige-dyslexiezorg (de regio stelt ze vast)");
        Optional<Integer> min = lezer.getal(MIN_LEEFTIJD, LEEFTIJD, "een leeftijd in hele jaren, bijv. \"7\"");
        Optional<Integer> max = lezer.getal(MAX_LEEFTIJD, LEEFTIJD, "een leeftijd in hele jaren, bijv. \"13\"");
        if (min.isPresent() && max.isPresent() && min.get() >= max.get()) {
            lezer.probleem(MAX_LEEFTIJD, max.get() + " moet groter zijn dan " + MIN_LEEFTIJD + " " + min.get());
        }
        return new Instelling(producten, min.orElse(0), max.orElse(0));
    }
}
