package nl.ijw.gateway.journal;

import java.util.List;

/** Writes what one message changes in the {@link Stand}, inside the transaction that journals it. */
@FunctionalInterface
public interface StandWijziging {

    StandWijziging GEEN = bundel -> { };

    void schrijf(Bundel bundel);

    static StandWijziging van(List<StandWijziging> stappen) {
        List<StandWijziging> kopie = List.copyOf(stappen);
        return bundel -> kopie.forEach(stap -> stap.schrijf(bundel));
    }
}
