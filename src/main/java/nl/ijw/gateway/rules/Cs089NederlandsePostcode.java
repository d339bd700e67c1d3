package nl.ijw.gateway.rules;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/** CS089: the Postcode of a Dutch address (LandCode NL) has the Dutch format: four digits, the first not 0, and two capitals. */
public final class Cs089NederlandsePostcode extends BasisRegel {

    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}[A-Z]{2}");

    public Cs089NederlandsePostcode() {
        super("CS089", Bevinding.AFGEKEURD, BerichtType.JW301);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Voorwaarde.toets(this, bericht, "Adres", klasse ->
                Bericht.tekst(klasse, "LandCode").filter("NL"::equals).isPresent()
                        ? Bericht.tekst(klasse, "Postcode").filter(p -> !POSTCODE.matcher(p).matches())
                                .map(p -> new Voorwaarde.Overtreding(Voorwaarde.kind(klasse, "Postcode"), "Postcode " + p
                                        + " is geen Nederlandse postcode (zoals 1234AB)."))
                        : Optional.empty());
    }
}
