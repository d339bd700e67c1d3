package nl.ijw.gateway.journal;

import java.time.ZoneId;
import nl.ijw.gateway.regions.Werkdagen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OP090: every heenbericht is answered with its retour within 3 working days. For receivers that
 * write their own retours the gateway checks it: a heenbericht still waiting after the term is
 * marked overdue, counted in the metric {@code ijw_retouren_te_laat} and listed for operators
 * ({@code GET /api/v1/berichten?status=RETOUR_TE_LAAT}).
 */
public final class RetourTermijn {

    private static final Logger LOG = LoggerFactory.getLogger(RetourTermijn.class);

    private final Journaal journaal;
    private final Werkdagen werkdagen;
    private final int termijn;
    private final ZoneId zone;

    public RetourTermijn(Journaal journaal, Werkdagen werkdagen, int termijn, ZoneId zone) {
        this.journaal = journaal;
        this.werkdagen = werkdagen;
        this.termijn = termijn;
        this.zone = zone;
    }

    public int controleer() {
        int teLaat = journaal.markeerRetourTeLaat(werkdagen, termijn, zone);
        if (teLaat > 0) {
            LOG.warn("{} heenbericht(en) zonder retour binnen {} werkdagen (OP090)", teLaat, termijn);
        }
        return teLaat;
    }
}
