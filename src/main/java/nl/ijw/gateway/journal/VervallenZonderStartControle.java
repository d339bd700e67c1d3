package nl.ijw.gateway.journal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import nl.ijw.gateway.regions.Beleid;
import nl.ijw.gateway.regions.BeleidVersie;
import nl.ijw.gateway.regions.Gemeente;
import nl.ijw.gateway.regions.PartijRegister;
import nl.ijw.gateway.regions.Regio;
import nl.ijw.gateway.regions.beleid.VervallenZonderStart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lochem 002-12 over time: for every policy of kind {@code vervallen-zonder-start} in force today,
 * each allocation of its municipalities without a start (JW305) months after its Ingangsdatum is
 * signalled once: its JW301 gets the status {@value #STATUS} in the journal, listed for the
 * municipality and operators with {@code GET /api/v1/berichten?status=VERVALLEN_ZONDER_START&afzender=...},
 * and counted in the metric {@code ijw_toewijzingen_vervallen_zonder_start}.
 */
public final class VervallenZonderStartControle {

    public static final String STATUS = "VERVALLEN_ZONDER_START";
    private static final Logger LOG = LoggerFactory.getLogger(VervallenZonderStartControle.class);

    private final Supplier<PartijRegister> register;
    private final Stand stand;
    private final Journaal journaal;
    private final TransactionTemplate transacties;
    private final VervallenZonderStart soort = new VervallenZonderStart();
    private final Clock klok;
    private final java.time.ZoneId zone;

    public VervallenZonderStartControle(Supplier<PartijRegister> register, Stand stand, Journaal journaal,
                                        TransactionTemplate transacties, Clock klok, java.time.ZoneId zone) {
        this.register = register;
        this.stand = stand;
        this.journaal = journaal;
        this.transacties = transacties;
        this.klok = klok;
        this.zone = zone;
    }

    /** Signals what lapsed since the last check; returns how many allocations were signalled now. */
    public int controleer() {
        LocalDate vandaag = LocalDate.ofInstant(klok.instant(), zone);
        int gemeld = 0;
        for (Regio regio : register.get().regios()) {
            for (Beleid beleid : regio.beleid()) {
                java.util.Optional<BeleidVersie> versie = beleid.versieOp(vandaag);
                if (!beleid.soort().equals(VervallenZonderStart.SOORT) || versie.isEmpty()) {
                    continue;
                }
                LocalDate ingangVoor = vandaag.minusMonths(soort.maanden(versie.get()));
                for (String gemeente : gemeenten(regio, beleid)) {
                    gemeld += meld(gemeente, ingangVoor, beleid.code(), soort.maanden(versie.get()));
                }
            }
        }
        if (gemeld > 0) {
            LOG.warn("{} toewijzing(en) vervallen zonder start (002-12)", gemeld);
        }
        return gemeld;
    }

    private int meld(String gemeente, LocalDate ingangVoor, String code, int maanden) {
        int gemeld = 0;
        for (Stand.Onbegonnen toewijzing : stand.zonderStart(gemeente, ingangVoor, code)) {
            Boolean nieuw = transacties.execute(status -> {
                boolean eerste = stand.meld(gemeente, toewijzing, code, VervallenZonderStart.SOORT, klok.instant());
                if (eerste) {
                    journaal.voegStatusToe(toewijzing.berichtId(), STATUS, "ToewijzingNummer " + toewijzing.nummer()
                            + ": geen start binnen " + maanden + " maanden na de Ingangsdatum (" + code + ")", klok.instant());
                }
                return eerste;
            });
            gemeld += Boolean.TRUE.equals(nieuw) ? 1 : 0;
        }
        return gemeld;
    }

    /** The policy's municipalities, or all of its region's when it names none. */
    private static Set<String> gemeenten(Regio regio, Beleid beleid) {
        if (!beleid.gemeenten().isEmpty()) {
            return beleid.gemeenten();
        }
        Set<String> alle = new LinkedHashSet<>();
        regio.gemeenten().stream().map(Gemeente::code).forEach(alle::add);
        return alle;
    }
}
