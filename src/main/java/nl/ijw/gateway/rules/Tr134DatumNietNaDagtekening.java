package nl.ijw.gateway.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;
import org.w3c.dom.Element;

/**
 * TR134: dates of what already happened lie on or before the message's Dagtekening: every
 * Geboortedatum (the client's and, in an allocation, the relations'), the Toewijzingsdatum of an
 * allocation, the Begindatum of a start and the Einddatum of a stop. Care is reported once it began
 * or ended, never ahead.
 */
public final class Tr134DatumNietNaDagtekening extends BasisRegel {

    /** Per class, the date in it that TR134 applies to. */
    private static final Map<String, String> DATUMS = Map.of("Geboortedatum", "Datum",
            "ToegewezenProduct", "Toewijzingsdatum", "StartProduct", "Begindatum", "StopProduct", "Einddatum");

    public Tr134DatumNietNaDagtekening() {
        super("TR134", Bevinding.AFGEKEURD, BerichtType.JW301, BerichtType.JW305, BerichtType.JW307, BerichtType.JW315);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        LocalDate dagtekening = dagtekening(bericht);
        List<Bevinding> bevindingen = new ArrayList<>();
        for (String klasse : List.of("Geboortedatum", "ToegewezenProduct", "StartProduct", "StopProduct")) {
            String naam = DATUMS.get(klasse);
            for (Element element : bericht.alle(klasse)) {
                Optional<LocalDate> datum = Bericht.datum(element, naam);
                if (datum.isPresent() && datum.get().isAfter(dagtekening)) {
                    bevindingen.add(bevinding(bericht, Bericht.kind(element, naam).orElseThrow(), naam + " " + datum.get()
                            + " ligt na de Dagtekening " + dagtekening + " van het bericht."));
                }
            }
        }
        return bevindingen;
    }
}
