package nl.ijw.gateway.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;
import org.w3c.dom.Element;

/**
 * TR357: a TeWijzigenProduct whose GewensteIngangsdatum is on or before the Dagtekening asks for the
 * allocation's own Ingangsdatum. State read: the allocation with that number, as the municipality
 * sent it; an allocation the gateway does not know is not judged (OP095).
 */
public final class Tr357GewensteIngangsdatum extends BerichtoverstijgendeRegel {

    public Tr357GewensteIngangsdatum(Geschiedenis geschiedenis) {
        super(geschiedenis, "TR357", "9357", BerichtType.JW317);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        Optional<Toewijzingen> toewijzingen = toewijzingen(bericht);
        LocalDate dagtekening = dagtekening(bericht);
        List<Bevinding> bevindingen = new ArrayList<>();
        for (Element product : toewijzingen.isPresent() ? bericht.alle("TeWijzigenProduct") : List.<Element>of()) {
            LocalDate gewenst = Bericht.datum(product, "GewensteIngangsdatum").orElseThrow();
            Optional<LocalDate> ingang = toewijzingen.get().met(Bericht.tekst(product, "ToewijzingNummer").orElseThrow())
                    .map(Geschiedenis.Toewijzing::ingangsdatum);
            bevindingen.addAll(als(!gewenst.isAfter(dagtekening) && ingang.isPresent() && !gewenst.equals(ingang.get()), bericht,
                    Bericht.kind(product, "GewensteIngangsdatum").orElseThrow(), "GewensteIngangsdatum ligt niet na de Dagtekening en is niet "
                            + "de Ingangsdatum " + ingang.map(LocalDate::toString).orElse("") + " van de toewijzing."));
        }
        return bevindingen;
    }
}
