package nl.ijw.gateway.regions.beleid;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.regions.BeleidVersie;

/**
 * IJsselland 001-D1..D3: some municipalities read a VOW but reject it automatically; changes go
 * outside the message traffic. Every JW317 to a municipality the policy covers meets the condition;
 * the policy's action (normally: reject on the municipality's behalf) does the rest.
 */
public final class VowBuitenBerichtenverkeer implements BeleidsSoort {

    @Override
    public String soort() {
        return "vow-buiten-berichtenverkeer";
    }

    @Override
    public Set<BerichtType> berichten() {
        return Set.of(BerichtType.JW317);
    }

    @Override
    public List<String> controleer(Map<String, Object> parameters) {
        return List.of();
    }

    @Override
    public boolean geldt(Bericht bericht, BeleidVersie versie, LocalDate ontvangen) {
        return bericht.type() == BerichtType.JW317;
    }
}
