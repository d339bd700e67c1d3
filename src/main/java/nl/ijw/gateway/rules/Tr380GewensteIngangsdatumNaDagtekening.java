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
 * TR380: a NieuwProduct in a request for change asks for care from a day after the Dagtekening. (A
 * TeWijzigenProduct may ask for an earlier day, its allocation's Ingangsdatum: TR357.)
 */
public final class Tr380GewensteIngangsdatumNaDagtekening extends BasisRegel {

    public Tr380GewensteIngangsdatumNaDagtekening() {
        super("TR380", Bevinding.AFGEKEURD, BerichtType.JW317);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        LocalDate dagtekening = dagtekening(bericht);
        List<Bevinding> bevindingen = new ArrayList<>();
        for (Element product : bericht.alle("NieuwProduct")) {
            Optional<LocalDate> gewenst = Bericht.datum(product, "GewensteIngangsdatum");
            if (gewenst.isPresent() && !gewenst.get().isAfter(dagtekening)) {
                bevindingen.add(bevinding(bericht, Bericht.kind(product, "GewensteIngangsdatum").orElseThrow(), "GewensteIngangsdatum "
                        + gewenst.get() + " ligt niet na de Dagtekening " + dagtekening + " van het bericht."));
            }
        }
        return bevindingen;
    }
}
