package nl.ijw.gateway.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;
import org.w3c.dom.Element;

/** TR383: within one request for allocation (JW315) every AangevraagdProduct has its own ReferentieAanbieder. */
public final class Tr383ReferentieAanbiederUniekInBericht extends BasisRegel {

    public Tr383ReferentieAanbiederUniekInBericht() {
        super("TR383", Bevinding.AFGEKEURD, BerichtType.JW315);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        List<Bevinding> bevindingen = new ArrayList<>();
        Set<String> gezien = new HashSet<>();
        for (Element product : bericht.alle("AangevraagdProduct")) {
            Optional<String> referentie = Bericht.tekst(product, "ReferentieAanbieder");
            if (referentie.isPresent() && !gezien.add(referentie.get())) {
                bevindingen.add(bevinding(bericht, Bericht.kind(product, "ReferentieAanbieder").orElseThrow(),
                        "ReferentieAanbieder " + referentie.get() + " komt bij meer dan één AangevraagdProduct voor."));
            }
        }
        return bevindingen;
    }
}
