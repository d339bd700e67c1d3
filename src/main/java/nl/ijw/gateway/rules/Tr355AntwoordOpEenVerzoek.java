package nl.ijw.gateway.rules;

import java.util.List;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;
import org.w3c.dom.Element;

/**
 * TR355: an answer (JW319) carries the ReferentieAanbieder of a request (JW315 or JW317) the provider
 * sent this municipality. State read: the provider's requests with that reference. It rejects when
 * the gateway saw that reference only on requests to other municipalities (an answer names no
 * client, so the client is not compared). A reference it never saw may belong to a request sent before its journal began, and
 * is not judged (OP095).
 */
public final class Tr355AntwoordOpEenVerzoek extends BerichtoverstijgendeRegel {

    public Tr355AntwoordOpEenVerzoek(Geschiedenis geschiedenis) {
        super(geschiedenis, "TR355", "9355", BerichtType.JW319);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        String gemeente = bericht.header().afzender();
        Element referentie = referentie(bericht);
        return als(referentieVanAnder(bericht.header().ontvanger(), referentie.getTextContent().trim(), Optional.empty(), gemeente),
                bericht, referentie, "ReferentieAanbieder hoort bij een verzoek aan een andere gemeente.");
    }
}
