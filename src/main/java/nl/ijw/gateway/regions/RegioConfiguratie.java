package nl.ijw.gateway.regions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The party register in force, read from the region folder ({@code ijw.regios.locatie}). A reload
 * reads the folder again and swaps the register only when every file is valid: an invalid change
 * never replaces a valid running configuration.
 */
public final class RegioConfiguratie implements Supplier<PartijRegister> {

    private static final Logger LOG = LoggerFactory.getLogger(RegioConfiguratie.class);

    private final String locatie;
    private final ResourcePatternResolver bronnen;
    private final RegioLader lader;
    private final AtomicReference<PartijRegister> register = new AtomicReference<>();
    // What the folder held at the last load or failed attempt, so an unchanged folder is not read twice.
    private volatile List<RegioLader.Bestand> gezien;

    public RegioConfiguratie(String locatie, ResourcePatternResolver bronnen, RegioLader lader) {
        this.locatie = locatie.endsWith("/") ? locatie : locatie + "/";
        this.bronnen = bronnen;
        this.lader = lader;
        gezien = lees();
        register.set(lader.laad(gezien));
        LOG.info("Regio-configuratie geladen uit {}: {}", this.locatie, samenvatting(register.get()));
    }

    @Override
    public PartijRegister get() {
        return register.get();
    }

    /** Reads the folder again; on any problem the running register stays and the problems are returned. */
    public List<RegioLader.Fout> herlaad() {
        try {
            gezien = lees();
            PartijRegister nieuw = lader.laad(gezien);
            register.set(nieuw);
            LOG.info("Regio-configuratie opnieuw geladen: {}", samenvatting(nieuw));
            return List.of();
        } catch (RegioLader.OngeldigeConfiguratie e) {
            LOG.warn("Regio-configuratie niet opnieuw geladen, de vorige blijft in gebruik: {} fout(en)", e.fouten().size());
            return e.fouten();
        }
    }

    /** Reloads only when the folder changed since the last load or attempt; the periodic check calls this. */
    public void herlaadAlsGewijzigd() {
        if (!lees().equals(gezien)) {
            herlaad().forEach(f -> LOG.warn("Regio-configuratie: {}", f));
        }
    }

    /**
     * Checks a new or changed file together with the files now in the folder (a file of the same
     * name is replaced), without loading anything: what an operator runs before changing the folder.
     */
    public List<RegioLader.Fout> controleer(RegioLader.Bestand kandidaat) {
        List<RegioLader.Bestand> bestanden = new ArrayList<>(lees().stream()
                .filter(b -> !b.naam().equals(kandidaat.naam())).toList());
        bestanden.add(kandidaat);
        return lader.controleer(bestanden);
    }

    public String locatie() {
        return locatie;
    }

    private List<RegioLader.Bestand> lees() {
        try {
            Resource[] gevonden = bronnen.getResources(locatie + "*.yaml");
            List<RegioLader.Bestand> bestanden = new ArrayList<>();
            for (Resource r : Arrays.stream(gevonden).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
                bestanden.add(new RegioLader.Bestand(r.getFilename(), r.getContentAsString(StandardCharsets.UTF_8)));
            }
            if (bestanden.isEmpty()) {
                throw new RegioLader.OngeldigeConfiguratie(List.of(new RegioLader.Fout(locatie, 0, "-",
                        "geen *.yaml-bestanden gevonden")));
            }
            return bestanden;
        } catch (IOException e) {
            throw new UncheckedIOException("Regio-map " + locatie + " niet te lezen", e);
        }
    }

    private static String samenvatting(PartijRegister r) {
        return r.regios().size() + " regio's, " + r.aantalGemeenten() + " gemeenten, " + r.aantalAanbieders()
                + " aanbieders, " + r.regios().stream().mapToInt(x -> x.beleid().size()).sum() + " beleidsregels";
    }
}
