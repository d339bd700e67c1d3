package nl.ijw.gateway.regions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.regions.beleid.BeleidsCatalogus;

/**
 * Applies the working agreements of the municipality a message concerns: the policies of its region
 * that cover the message type and that municipality, each in the version in force on the day the
 * message was received.
 */
public final class RegionaalBeleid {

    private final Supplier<PartijRegister> register;
    private final BeleidsCatalogus catalogus;

    public RegionaalBeleid(Supplier<PartijRegister> register, BeleidsCatalogus catalogus) {
        this.register = register;
        this.catalogus = catalogus;
    }

    public BeleidsUitkomst beoordeel(Bericht bericht, LocalDate ontvangen) {
        Optional<Gemeente> gemeente = register.get().gemeente(gemeenteVan(bericht));
        Optional<Regio> regio = gemeente.flatMap(g -> register.get().regioVan(g));
        if (regio.isEmpty()) {
            return BeleidsUitkomst.GEEN;
        }
        List<Treffer> treffers = new ArrayList<>();
        for (Beleid beleid : regio.get().beleid()) {
            if (!beleid.berichten().contains(bericht.type()) || !beleid.gemeenten().contains(gemeente.get().code())) {
                continue;
            }
            beleid.versieOp(ontvangen)
                    .filter(versie -> catalogus.soort(beleid.soort()).orElseThrow().geldt(bericht, versie, ontvangen))
                    .ifPresent(versie -> treffers.add(new Treffer(beleid, versie)));
        }
        return new BeleidsUitkomst(zonderAfwijzingBijGiVerwijzing(bericht, treffers));
    }

    /**
     * Lochem 002-30: a request referred by a gecertificeerde instelling (Verwijzer/Type 04) is never
     * rejected automatically. Held for every region: a rejecting policy only signals then.
     */
    private static List<Treffer> zonderAfwijzingBijGiVerwijzing(Bericht bericht, List<Treffer> treffers) {
        boolean giVerwijzing = bericht.alle("Verwijzer").stream()
                .anyMatch(v -> Bericht.tekst(v, "Type").map("04"::equals).orElse(false));
        if (!giVerwijzing) {
            return treffers;
        }
        return treffers.stream().map(t -> t.actie() != Actie.AFWIJZEN ? t : new Treffer(t.beleid(),
                new BeleidVersie(t.versie().geldigVan(), t.versie().geldigTot(), Actie.SIGNAAL, t.versie().parameters())))
                .toList();
    }

    /** The municipality a message concerns: its sender for JW301/JW319, its receiver otherwise. */
    static String gemeenteVan(Bericht bericht) {
        return bericht.type() == BerichtType.JW301 || bericht.type() == BerichtType.JW319
                ? bericht.header().afzender() : bericht.header().ontvanger();
    }
}
