package nl.ijw.gateway.regions.beleid;

import java.time.LocalDate;
import java.util.Set;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.regions.BeleidVersie;

/**
 * IJsselland 001-C9/C10: on a first referral by a medical referrer (huisarts, jeugdarts, medisch
 * specialist) the provider may choose up to standard budget 5 without the Toegang's consent. A
 * requested product referred by such a referrer with a Budget above the maximum holds. Whether the
 * referral is the first one is not in the message, so every such request is judged: the signal asks
 * for the Toegang's consent, it does not say the request is wrong.
 */
public final class EersteMedischeVerwijzing extends InstelbareSoort<EersteMedischeVerwijzing.Instelling> {

    /** The Verwijzer/Type codes (LDT_TypeVerwijzer, two digits) of the medical referrers. */
    public static final String VERWIJZERTYPES = "verwijzertypes";
    /** The highest Budget (eurocent) such a referral allows without consent. */
    public static final String MAX_BUDGET = "max-budget";

    private static final ParameterLezer.Vorm VERWIJZERTYPE =
            new ParameterLezer.Vorm("\\d{2}", "Verwijzer/Type-code van twee cijfers");

    record Instelling(Set<String> verwijzertypes, long maxBudget) {
    }

    @Override
    public String soort() {
        return "eerste-medische-verwijzing";
    }

    @Override
    public Set<BerichtType> berichten() {
        return Set.of(BerichtType.JW315);
    }

    @Override
    public boolean geldt(Bericht bericht, BeleidVersie versie, LocalDate ontvangen) {
        Instelling instelling = instellingen(versie);
        if (bericht.type() != BerichtType.JW315) {
            return false;
        }
        return bericht.alle("AangevraagdProduct").stream()
                .filter(p -> Bericht.tekst(p, "Verwijzer", "Type").map(instelling.verwijzertypes()::contains).orElse(false))
                .anyMatch(p -> Bericht.tekst(p, "Budget").map(b -> boven(b, instelling.maxBudget())).orElse(false));
    }

    private static boolean boven(String budget, long max) {
        try {
            return Long.parseLong(budget) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    protected Instelling lees(ParameterLezer lezer) {
        Set<String> types = lezer.lijst(VERWIJZERTYPES, "Verwijzer/Type-codes", VERWIJZERTYPE,
                "een lijst van Verwijzer/Type-codes van twee cijfers, bijv. [\"02\", \"03\"]");
        long max = lezer.getal(MAX_BUDGET, ParameterLezer.BEDRAG,
                "het hoogste budget in eurocent zonder instemming, bijv. 800000").orElse(0);
        return new Instelling(types, max);
    }
}
