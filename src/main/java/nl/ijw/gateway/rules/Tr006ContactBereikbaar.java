package nl.ijw.gateway.rules;

import java.util.List;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/** TR006: every Contact in an allocation (JW301) has a Telefoon, or an Adres with both Huis and Postcode. */
public final class Tr006ContactBereikbaar extends BasisRegel {

    public Tr006ContactBereikbaar() {
        super("TR006", Bevinding.AFGEKEURD, BerichtType.JW301);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Voorwaarde.toets(this, bericht, "Contact", contact -> {
            boolean adres = Bericht.kind(contact, "Adres").filter(a -> Voorwaarde.heeft(a, "Huis") && Voorwaarde.heeft(a, "Postcode"))
                    .isPresent();
            return Voorwaarde.heeft(contact, "Telefoon") || adres ? Optional.empty()
                    : Optional.of(new Voorwaarde.Overtreding(contact, "Contact heeft geen Telefoon en geen Adres met Huis en Postcode."));
        });
    }
}
