package nl.ijw.gateway.regions.beleid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
public final class EersteMedischeVerwijzing implements BeleidsSoort {

    /** The Verwijzer/Type codes (LDT_TypeVerwijzer, two digits) of the medical referrers. */
    public static final String VERWIJZERTYPES = "verwijzertypes";
    /** The highest Budget (eurocent) such a referral allows without consent. */
    public static final String MAX_BUDGET = "max-budget";

    private record Instelling(Set<String> verwijzertypes, long maxBudget) {
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
    public List<String> controleer(Map<String, Object> parameters) {
        List<String> problemen = new ArrayList<>();
        lees(parameters, problemen);
        return problemen;
    }

    @Override
    public boolean geldt(Bericht bericht, BeleidVersie versie, LocalDate ontvangen) {
        List<String> problemen = new ArrayList<>();
        Instelling instelling = lees(versie.parameters(), problemen);
        if (!problemen.isEmpty()) {
            throw new IllegalArgumentException(soort() + ": " + problemen);
        }
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

    private static Instelling lees(Map<String, Object> parameters, List<String> problemen) {
        Set<String> types = new LinkedHashSet<>();
        Object lijst = parameters.get(VERWIJZERTYPES);
        if (!(lijst instanceof List<?> items) || items.isEmpty()) {
            problemen.add(VERWIJZERTYPES + ": verplicht; een lijst van Verwijzer/Type-codes van twee cijfers, bijv. [\"02\", \"03\"]");
        } else {
            for (Object item : items) {
                if (item instanceof String s && s.matches("\\d{2}")) {
                    types.add(s);
                } else {
                    problemen.add(VERWIJZERTYPES + ": '" + item + "' is geen Verwijzer/Type-code van twee cijfers");
                }
            }
        }
        long max = 0;
        if (parameters.get(MAX_BUDGET) instanceof String s && s.matches("\\d{1,8}")) {
            max = Long.parseLong(s);
        } else {
            problemen.add(MAX_BUDGET + ": verplicht; het hoogste budget in eurocent zonder instemming, bijv. 800000");
        }
        return new Instelling(types, max);
    }
}
