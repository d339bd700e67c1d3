package nl.ijw.gateway.regions.beleid;

import java.time.LocalDate;
import java.util.Set;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.regions.BeleidVersie;
import nl.ijw.gateway.regions.Werkdagen;

/**
 * IJsselland 001-I2: the provider requests the toewijzing for crisis follow-up within 5 working days,
 * retroactively. A JW315 meets the condition when one of its AangevraagdProducten is of the crisis
 * category and its ToewijzingIngangsdatum lies more than {@code max-werkdagen} Dutch working days
 * ({@link Werkdagen}: public holidays excluded) before the day the request was received.
 *
 * <p>"Within n working days" is read as a deadline, the n-th working day after the requested start:
 * a request received after that day is late. Start Monday 2 November 2026, 5 working days: the
 * deadline is Monday 9 November; received on the 9th is in time, on the 10th late. A request received
 * on the Saturday after a Friday deadline is late too, although no working day has passed since: the
 * deadline ended on the Friday. A requested start on or after the receipt date is never late.
 *
 * <p>Parameters: {@code categorie}, the product category (two digits, "46" for crisis) and
 * {@code max-werkdagen}, a whole number of working days, 0 to 9999.
 */
public final class CrisisBinnenWerkdagen extends InstelbareSoort<CrisisBinnenWerkdagen.Instellingen> {

    static final String CATEGORIE = "categorie";
    static final String MAX_WERKDAGEN = "max-werkdagen";

    private static final ParameterLezer.Vorm WERKDAGEN = new ParameterLezer.Vorm("\\d{1,4}", "geheel aantal werkdagen (0 t/m 9999)");

    record Instellingen(String categorie, int maxWerkdagen) {
    }

    private final Werkdagen werkdagen;

    public CrisisBinnenWerkdagen() {
        this(new Werkdagen());
    }

    public CrisisBinnenWerkdagen(Werkdagen werkdagen) {
        this.werkdagen = werkdagen;
    }

    @Override
    public String soort() {
        return "crisis-binnen-werkdagen";
    }

    @Override
    public Set<BerichtType> berichten() {
        return Set.of(BerichtType.JW315);
    }

    @Override
    public boolean geldt(Bericht bericht, BeleidVersie versie, LocalDate ontvangen) {
        Instellingen instellingen = instellingen(versie);
        return bericht.type() == BerichtType.JW315 && bericht.alle("AangevraagdProduct").stream()
                .filter(product -> Bericht.tekst(product, "Product", "Categorie").filter(instellingen.categorie()::equals).isPresent())
                .flatMap(product -> Bericht.datum(product, "ToewijzingIngangsdatum").stream())
                .anyMatch(start -> ontvangen.isAfter(werkdagen.plusWerkdagen(start, instellingen.maxWerkdagen())));
    }

    @Override
    protected Instellingen lees(ParameterLezer lezer) {
        String categorie = lezer.waarde(CATEGORIE, ParameterLezer.PRODUCTCATEGORIE,
                "de productcategorie, bijvoorbeeld \"46\"").orElse(null);
        int maxWerkdagen = lezer.getal(MAX_WERKDAGEN, WERKDAGEN, "het aantal werkdagen, bijvoorbeeld \"5\"").orElse(0);
        return new Instellingen(categorie, maxWerkdagen);
    }
}
