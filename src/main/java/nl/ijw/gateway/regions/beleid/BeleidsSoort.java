package nl.ijw.gateway.regions.beleid;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.regions.BeleidVersie;

/**
 * One kind of regional check, named after what it checks. A policy in a region file picks a kind
 * by its {@link #soort()} and gives it parameters; the kind says whether its condition holds.
 */
public interface BeleidsSoort {

    /** The name region files use, e.g. {@code vow-buiten-berichtenverkeer}. */
    String soort();

    /** The messages this kind can judge. */
    Set<BerichtType> berichten();

    /** Problems with a version's parameters, each as "parameter: what is wrong"; empty when fine. */
    List<String> controleer(Map<String, Object> parameters);

    /** Whether the policy's condition holds for this message, received on {@code ontvangen}. */
    boolean geldt(Bericht bericht, BeleidVersie versie, LocalDate ontvangen);
}
