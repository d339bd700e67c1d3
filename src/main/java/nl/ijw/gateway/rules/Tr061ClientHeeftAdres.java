package nl.ijw.gateway.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/**
 * TR061: the client of an allocation (JW301) has at least one Adres of Soort 01 (BRP-adres), 02
 * (correspondentieadres) or 03 (verblijfadres) among its Contactgegevens.
 */
public final class Tr061ClientHeeftAdres extends BasisRegel {

    private static final Set<String> SOORTEN = Set.of("01", "02", "03");

    public Tr061ClientHeeftAdres() {
        super("TR061", Bevinding.AFGEKEURD, BerichtType.JW301);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Voorwaarde.toets(this, bericht, "Contactgegevens", gegevens -> {
            boolean adres = bericht.alle("Contact").stream()
                    .filter(contact -> contact.getParentNode() == gegevens)
                    .anyMatch(contact -> Voorwaarde.heeft(contact, "Adres")
                            && Bericht.tekst(contact, "Soort").filter(SOORTEN::contains).isPresent());
            return adres ? Optional.empty() : Optional.of(new Voorwaarde.Overtreding(gegevens,
                    "De cliënt heeft geen Adres met Soort 01 (BRP-adres), 02 (correspondentieadres) of 03 (verblijfadres)."));
        });
    }
}
