package nl.ijw.gateway.routing;

import nl.ijw.gateway.bericht.Header;
import nl.ijw.gateway.validation.Beoordeling;
import nl.ijw.gateway.validation.Bevinding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per message: tracking id, type, parties (organisation codes), outcome and rule codes.
 * Never content: no BSN, no name, no finding text (XSD messages quote values).
 */
public final class Verwerkingslog {

    private static final Logger LOG = LoggerFactory.getLogger("ijw.verwerking");
    private static final Logger BEVEILIGING = LoggerFactory.getLogger("ijw.beveiliging");

    /** Only a well-formed gemeentecode or AGB code is logged; a header of a rejected message may hold anything. */
    static String partijcode(String waarde) {
        return Header.isPartijcode(waarde) ? waarde : "?";
    }

    public void log(Beoordeling b) {
        String afzender = b.header() == null ? "-" : partijcode(b.header().afzender());
        String ontvanger = b.header() == null ? "-" : partijcode(b.header().ontvanger());
        LOG.info("bericht={} kanaal={} type={} afzender={} ontvanger={} uitkomst={} regels={}{}",
                b.berichtId(), b.ontvangst().kanaal(), b.type() == null ? "-" : b.type(), afzender, ontvanger,
                b.uitkomst(), b.regels(), b.dlqReden() == null ? "" : " reden=" + b.dlqReden());
        if (b.vervalst() || b.regels().contains(Bevinding.REGEL_AFZENDER)) {
            // A security event: someone signed in as one party sent in another's name.
            BEVEILIGING.warn("bericht={} afzender={} verzender={} retour-aan={}: Afzender hoort niet bij de aangemelde verzender",
                    b.berichtId(), afzender, b.ontvangst().verzender().orElse("-"), b.vervalst() ? b.retourAan() : "-");
        }
    }
}
