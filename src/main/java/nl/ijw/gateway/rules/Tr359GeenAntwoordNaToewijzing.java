package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;
import org.w3c.dom.Element;

/**
 * TR359: no answer (JW319) to a request that an allocation (JW301) with the same ReferentieAanbieder
 * already honoured. State read: the allocations this municipality sent the provider; it sent them
 * itself.
 */
public final class Tr359GeenAntwoordNaToewijzing extends BerichtoverstijgendeRegel {

    public Tr359GeenAntwoordNaToewijzing(Geschiedenis geschiedenis) {
        super(geschiedenis, "TR359", "9359", BerichtType.JW319);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        Element referentie = referentie(bericht);
        boolean toegewezen = geschiedenis.toewijzingenMetReferentie(bericht.header().ontvanger(), referentie.getTextContent().trim())
                .stream().anyMatch(t -> t.gemeente().equals(bericht.header().afzender()));
        return als(toegewezen, bericht, referentie, "Op dit verzoek is al een toewijzing gestuurd.");
    }
}
