package nl.ijw.gateway.regions.beleid;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every kind of regional check the gateway knows; region files refer to them by name. */
public final class BeleidsCatalogus {

    private final Map<String, BeleidsSoort> soorten;

    /** The kinds without history: those that read the journal never hold (for checking region files). */
    public BeleidsCatalogus() {
        this(nl.ijw.gateway.rules.Geschiedenis.LEEG);
    }

    /** The kinds, those that read what the gateway saw before reading this history. */
    public BeleidsCatalogus(nl.ijw.gateway.rules.Geschiedenis geschiedenis) {
        this(List.of(
                new VowBuitenBerichtenverkeer(),
                new SegmentBeperking(),
                new Standaardbudgetten(),
                new EersteMedischeVerwijzing(),
                new CrisisMaximaleDuur(),
                new DyslexieLeeftijd(),
                new CrisisBinnenWerkdagen(),
                new BeschikkingMaxDuur(),
                new ToekomstplanLeeftijd(),
                new TijdigVerzoekOmWijziging(geschiedenis),
                new VervallenZonderStart()));
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
