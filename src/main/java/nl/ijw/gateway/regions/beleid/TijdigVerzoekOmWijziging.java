package nl.ijw.gateway.regions.beleid;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.regions.BeleidVersie;
import nl.ijw.gateway.rules.Geschiedenis;
import nl.ijw.gateway.rules.Toewijzingen;

/**
 * IJsselland 001-D4: a request for change (JW317) comes at least {@code min-weken} weeks before the
 * Einddatum of the allocation it changes, so the municipality has time to decide. The protocol states
 * this as an aim, so it signals. The Einddatum is read from the JW301s the gateway forwarded; an
 * allocation the gateway does not know, or one without an Einddatum, does not meet the condition.
 *
 * <p>Parameter: {@code min-weken}, a whole number of weeks, 0 to 999.
 */
public final class TijdigVerzoekOmWijziging extends InstelbareSoort<Integer> {

    static final String MIN_WEKEN = "min-weken";

    private static final ParameterLezer.Vorm WEKEN = new ParameterLezer.Vorm("\\d{1,3}", "geheel aantal weken (0 t/m 999)");

    private final Geschiedenis geschiedenis;

    public TijdigVerzoekOmWijziging(Geschiedenis geschiedenis) {
        this.geschiedenis = geschiedenis;
    }

    @Override
    public String soort() {
        return "tijdig-verzoek-om-wijziging";
    }

    @Override
    public Set<BerichtType> berichten() {
        return Set.of(BerichtType.JW317);
    }

    @Override
    public boolean geldt(Bericht bericht, BeleidVersie versie, LocalDate ontvangen) {
        int minWeken = instellingen(versie);
        Optional<Toewijzingen> toewijzingen = Toewijzingen.van(geschiedenis, bericht, bericht.header().afzender(),
                bericht.header().ontvanger());
        return toewijzingen.isPresent() && bericht.alle("TeWijzigenProduct").stream()
                .flatMap(product -> Bericht.tekst(product, "ToewijzingNummer").stream())
                .flatMap(nummer -> toewijzingen.get().met(nummer).stream())
                .filter(t -> t.einddatum() != null)
                .anyMatch(t -> ontvangen.isAfter(t.einddatum().minusWeeks(minWeken)));
    }

    @Override
    protected Integer lees(ParameterLezer lezer) {
        return lezer.getal(MIN_WEKEN, WEKEN, "het aantal weken, bijvoorbeeld \"8\"").orElse(0);
    }
}
