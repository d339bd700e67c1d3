package nl.ijw.gateway.regions.beleid;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every kind of regional check the gateway knows; region files refer to them by name. */
public final class BeleidsCatalogus {

    private final Map<String, BeleidsSoort> soorten;

    public BeleidsCatalogus() {
        this(List.of(
                new VowBuitenBerichtenverkeer(),
                new SegmentBeperking(),
                new Standaardbudgetten(),
                new EersteMedischeVerwijzing(),
                new CrisisMaximaleDuur(),
                new DyslexieLeeftijd(),
                new CrisisBinnenWerkdagen(),
                new BeschikkingMaxDuur(),
                new ToekomstplanLeeftijd()));
    }

    public BeleidsCatalogus(List<BeleidsSoort> soorten) {
        this.soorten = soorten.stream().collect(Collectors.toUnmodifiableMap(BeleidsSoort::soort, Function.identity()));
    }

    public Optional<BeleidsSoort> soort(String naam) {
        return Optional.ofNullable(soorten.get(naam));
    }

    public java.util.Set<String> namen() {
        return new java.util.TreeSet<>(soorten.keySet());
    }
}
