package nl.ijw.gateway.regions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.ijw.gateway.validation.Beoordeling;
import nl.ijw.gateway.validation.Uitkomst;

/**
 * The regional step of the flow: for an accepted heenbericht, the policies that hold and the
 * answers the gateway sends on the municipality's behalf. The receipt date picks each policy's version.
 */
public final class RegionaalBeleidStap {

    private final RegionaalBeleid beleid;
    private final AntwoordNamensGemeente antwoorden;
    private final ZoneId tijdzone;

    public RegionaalBeleidStap(RegionaalBeleid beleid, AntwoordNamensGemeente antwoorden, ZoneId tijdzone) {
        this.beleid = beleid;
        this.antwoorden = antwoorden;
        this.tijdzone = tijdzone;
    }

    public Beoordeling pasToe(Beoordeling beoordeling) {
        if (beoordeling.uitkomst() != Uitkomst.GEACCEPTEERD || !beoordeling.type().isHeenbericht()) {
            return beoordeling;
        }
        LocalDate ontvangen = LocalDate.ofInstant(beoordeling.ontvangst().ontvangen(), tijdzone);
        BeleidsUitkomst uitkomst = beleid.beoordeel(beoordeling.bericht(), ontvangen);
        List<AntwoordNamensGemeente.Antwoord> namensGemeente = antwoorden.bouw(beoordeling.bericht(), uitkomst, beoordeling.berichtId());
        return beoordeling.metBeleid(uitkomst, namensGemeente);
    }
}
