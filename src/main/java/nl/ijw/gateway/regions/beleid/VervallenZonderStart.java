package nl.ijw.gateway.regions.beleid;

import java.time.LocalDate;
import java.util.Set;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.regions.BeleidVersie;

/**
 * Lochem 002-12: an allocation lapses when care has not started (no JW305) within {@code maanden}
 * months of its Ingangsdatum. That is a matter of time passing, not of one message: no message meets
 * the condition; an hourly check ({@code VervallenZonderStartControle}) reads the allocations and
 * starts the gateway forwarded and marks the lapsed ones.
 *
 * <p>Parameter: {@code maanden}, a whole number of months, 1 to 99.
 */
public final class VervallenZonderStart extends InstelbareSoort<Integer> {

    public static final String SOORT = "vervallen-zonder-start";
    static final String MAANDEN = "maanden";

    private static final ParameterLezer.Vorm MAANDEN_VORM = new ParameterLezer.Vorm("[1-9]\\d?", "geheel aantal maanden (1 t/m 99)");

    @Override
    public String soort() {
        return SOORT;
    }

    @Override
    public Set<BerichtType> berichten() {
        return Set.of(BerichtType.JW301);
    }

    @Override
    public boolean geldt(Bericht bericht, BeleidVersie versie, LocalDate ontvangen) {
        return false;
    }

    /** After how many months without a start an allocation lapses. */
    public int maanden(BeleidVersie versie) {
        return instellingen(versie);
    }

    @Override
    protected Integer lees(ParameterLezer lezer) {
        return lezer.getal(MAANDEN, MAANDEN_VORM, "het aantal maanden, bijvoorbeeld \"3\"").orElse(0);
    }
}
