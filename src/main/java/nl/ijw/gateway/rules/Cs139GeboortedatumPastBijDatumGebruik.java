package nl.ijw.gateway.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/**
 * CS139: a Geboortedatum's Datum agrees with its DatumGebruik: the unknown parts hold their fixed
 * value. DatumGebruik 1 (day unknown): the first of the month; 2 (day and month unknown): 1 January;
 * 3 (all unknown): 1900-01-01.
 */
public final class Cs139GeboortedatumPastBijDatumGebruik extends BasisRegel {

    public Cs139GeboortedatumPastBijDatumGebruik() {
        super("CS139", Bevinding.AFGEKEURD, BerichtType.JW301, BerichtType.JW305, BerichtType.JW307, BerichtType.JW315);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Voorwaarde.toets(this, bericht, "Geboortedatum", geboortedatum -> {
            Optional<String> gebruik = Bericht.tekst(geboortedatum, "DatumGebruik");
            Optional<LocalDate> datum = Bericht.datum(geboortedatum, "Datum");
            if (gebruik.isEmpty() || datum.isEmpty()) {
                return Optional.empty();
            }
            LocalDate d = datum.get();
            boolean past = switch (gebruik.get()) {
                case "1" -> d.getDayOfMonth() == 1;
                case "2" -> d.getDayOfMonth() == 1 && d.getMonthValue() == 1;
                case "3" -> d.equals(LocalDate.of(1900, 1, 1));
                default -> true;
            };
            return past ? Optional.empty() : Optional.of(new Voorwaarde.Overtreding(Voorwaarde.kind(geboortedatum, "Datum"),
                    "Datum " + d + " past niet bij DatumGebruik " + gebruik.get() + ": onbekende delen worden "
                            + (gebruik.get().equals("3") ? "gevuld als 1900-01-01." : "met 01 gevuld.")));
        });
    }
}
