package nl.ijw.gateway.rules;

import java.util.List;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/** CD043: a requested product has a BeschikkingIngangsdatum exactly when it has a BeschikkingNummer. */
public final class Cd043BeschikkingIngangsdatumBijNummer extends BasisRegel {

    public Cd043BeschikkingIngangsdatumBijNummer() {
        super("CD043", Bevinding.AFGEKEURD, BerichtType.JW315);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Voorwaarde.toets(this, bericht, "AangevraagdProduct", klasse ->
                Voorwaarde.heeft(klasse, "BeschikkingNummer") != Voorwaarde.heeft(klasse, "BeschikkingIngangsdatum")
                        ? Optional.of(Voorwaarde.heeft(klasse, "BeschikkingNummer")
                                ? new Voorwaarde.Overtreding(klasse, "BeschikkingIngangsdatum ontbreekt; die is verplicht bij een BeschikkingNummer.")
                                : new Voorwaarde.Overtreding(Voorwaarde.kind(klasse, "BeschikkingIngangsdatum"),
                                        "BeschikkingIngangsdatum moet leeg blijven zonder BeschikkingNummer."))
                        : Optional.empty());
    }
}
