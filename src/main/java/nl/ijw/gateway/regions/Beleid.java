package nl.ijw.gateway.regions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.ijw.gateway.bericht.BerichtType;

/**
 * A named regional policy: which kind of check it is, which messages and municipalities it covers,
 * and its versions over time. The code is what appears in {@code ijw_signalen}.
 */
public record Beleid(String code, String naam, String soort, Set<BerichtType> berichten, Set<String> gemeenten,
                     List<BeleidVersie> versies) {

    /** The version in force on a date: a request is judged by the rules of the day it was received. */
    public Optional<BeleidVersie> versieOp(LocalDate datum) {
        return versies.stream().filter(v -> v.geldigOp(datum)).findFirst();
    }
}
