package nl.ijw.gateway.journal;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes what one message changes in the {@link Stand}, inside the transaction that journals it. */
@FunctionalInterface
public interface StandWijziging {

    StandWijziging GEEN = jdbc -> { };

    void schrijf(JdbcTemplate jdbc);

    static StandWijziging van(List<StandWijziging> stappen) {
        List<StandWijziging> kopie = List.copyOf(stappen);
        return jdbc -> kopie.forEach(stap -> stap.schrijf(jdbc));
    }
}
