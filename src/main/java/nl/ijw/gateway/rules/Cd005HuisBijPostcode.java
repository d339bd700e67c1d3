package nl.ijw.gateway.rules;

import java.util.List;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/** CD005: an Adres has a Huis (house number) exactly when it has a Postcode. */
public final class Cd005HuisBijPostcode extends BasisRegel {

    public Cd005HuisBijPostcode() {
        super("CD005", Bevinding.AFGEKEURD, BerichtType.JW301);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Voorwaarde.toets(this, bericht, "Adres", adres ->
                Voorwaarde.heeft(adres, "Postcode") == Voorwaarde.heeft(adres, "Huis") ? Optional.empty()
                        : Optional.of(Voorwaarde.heeft(adres, "Postcode")
                                ? new Voorwaarde.Overtreding(adres, "Huis ontbreekt; dat is verplicht bij een Postcode.")
                                : new Voorwaarde.Overtreding(Voorwaarde.kind(adres, "Huis"), "Huis moet leeg blijven zonder Postcode.")));
    }
}
