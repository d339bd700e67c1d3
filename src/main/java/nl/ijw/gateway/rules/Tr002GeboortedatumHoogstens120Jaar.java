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
 * TR002: a Geboortedatum lies at most 120 years before the message's Dagtekening, unless it is
 * unknown (DatumGebruik 3: day, month and year unknown). Every Geboortedatum is checked: the client's
 * and, in an allocation, those of the relations.
 */
public final class Tr002GeboortedatumHoogstens120Jaar extends BasisRegel {

    /** DatumGebruik: day, month and year unknown. */
    private static final String ONBEKEND = "3";
    private static final int JAREN = 120;

    public Tr002GeboortedatumHoogstens120Jaar() {
        super("TR002", Bevinding.AFGEKEURD, BerichtType.JW301, BerichtType.JW305, BerichtType.JW307, BerichtType.JW315);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        LocalDate dagtekening = dagtekening(bericht);
        List<Bevinding> bevindingen = new ArrayList<>();
        LocalDate grens = dagtekening.minusYears(JAREN);
        for (Element geboortedatum : bericht.alle("Geboortedatum")) {
            if (Bericht.tekst(geboortedatum, "DatumGebruik").filter(ONBEKEND::equals).isPresent()) {
                continue;
            }
            Optional<LocalDate> datum = Bericht.datum(geboortedatum, "Datum");
            if (datum.isPresent() && datum.get().isBefore(grens)) {
                bevindingen.add(bevinding(bericht, geboortedatum, "Geboortedatum " + datum.get() + " ligt meer dan "
                        + JAREN + " jaar vóór de Dagtekening " + dagtekening + "."));
            }
        }
        return bevindingen;
    }
}
