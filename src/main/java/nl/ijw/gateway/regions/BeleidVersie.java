package nl.ijw.gateway.regions;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * One version of a policy: in force from {@code geldigVan} up to and including {@code geldigTot}
 * (open-ended when null), with its action and the parameters its kind needs.
 */
public record BeleidVersie(LocalDate geldigVan, LocalDate geldigTot, Actie actie, Map<String, Object> parameters) {

    public BeleidVersie {
        // A copy: the kinds keep the settings they read by these parameters, so their maker cannot change them later.
        parameters = Map.copyOf(parameters);
    }

    public boolean geldigOp(LocalDate datum) {
        return !datum.isBefore(geldigVan) && (geldigTot == null || !datum.isAfter(geldigTot));
    }

    public Optional<Object> parameter(String naam) {
        return Optional.ofNullable(parameters.get(naam));
    }
}
