package nl.ijw.gateway.rules;

import java.util.List;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/** CD041: an allocated product with a product Code has an Omvang. */
public final class Cd041OmvangBijProductcode extends BasisRegel {

    public Cd041OmvangBijProductcode() {
        super("CD041", Bevinding.AFGEKEURD, BerichtType.JW301);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Voorwaarde.toets(this, bericht, "ToegewezenProduct", klasse ->
                !Voorwaarde.heeft(klasse, "Omvang") && Bericht.tekst(klasse, "Product", "Code").isPresent()
                        ? Optional.of(new Voorwaarde.Overtreding(klasse, "Omvang ontbreekt; die is verplicht omdat Product de Code "
                                + Bericht.tekst(klasse, "Product", "Code").get() + " heeft."))
                        : Optional.empty());
    }
}
