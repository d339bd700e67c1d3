package nl.ijw.gateway.regions;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One consistent, immutable snapshot of the parties and regions the gateway serves. A reload builds
 * a new snapshot and swaps it in whole, so a message is always judged against one configuration.
 */
public final class PartijRegister {

    private final List<Regio> regios;
    private final Map<String, Gemeente> gemeenten;
    private final Map<String, Aanbieder> aanbieders;
    private final Map<String, Regio> regioPerCode;

    public PartijRegister(List<Regio> regios, List<Aanbieder> aanbieders) {
        this.regios = List.copyOf(regios);
        this.gemeenten = regios.stream().flatMap(r -> r.gemeenten().stream())
                .collect(Collectors.toUnmodifiableMap(Gemeente::code, Function.identity()));
        this.aanbieders = aanbieders.stream().collect(Collectors.toUnmodifiableMap(Aanbieder::agb, Function.identity()));
        this.regioPerCode = regios.stream().collect(Collectors.toUnmodifiableMap(Regio::code, Function.identity()));
    }

    public List<Regio> regios() {
        return regios;
    }

    public Optional<Gemeente> gemeente(String code) {
        return Optional.ofNullable(code == null ? null : gemeenten.get(code));
    }

    public Optional<Aanbieder> aanbieder(String agb) {
        return Optional.ofNullable(agb == null ? null : aanbieders.get(agb));
    }

    public Optional<Regio> regioVan(Gemeente gemeente) {
        return Optional.ofNullable(regioPerCode.get(gemeente.regio()));
    }

    /** A party by its code: a gemeentecode or an AGB code. */
    public boolean kent(String code) {
        return gemeente(code).isPresent() || aanbieder(code).isPresent();
    }

    /** The codes of every party in the register, sorted. */
    public List<String> codes() {
        return Stream.concat(gemeenten.keySet().stream(), aanbieders.keySet().stream()).sorted().toList();
    }

    /** The outbox of a party: as configured in the register, by default ijw.out.<code>. */
    public String outbox(String code) {
        return gemeente(code).map(Gemeente::outbox).or(() -> aanbieder(code).map(Aanbieder::outbox)).orElse(OUTBOX_PREFIX + code);
    }

    public static final String OUTBOX_PREFIX = "ijw.out.";

    public int aantalGemeenten() {
        return gemeenten.size();
    }

    public int aantalAanbieders() {
        return aanbieders.size();
    }
}
