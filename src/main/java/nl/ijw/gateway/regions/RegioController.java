package nl.ijw.gateway.regions;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators' view of the regions: what is loaded, checking a changed file before it goes into the
 * folder, and reloading the folder without a restart.
 */
@RestController
@RequestMapping("/api/v1/regios")
public class RegioController {

    private final RegioConfiguratie configuratie;

    public RegioController(RegioConfiguratie configuratie) {
        this.configuratie = configuratie;
    }

    /** The loaded regions with their municipalities and policies. */
    @GetMapping
    public Map<String, Object> overzicht() {
        PartijRegister register = configuratie.get();
        return Map.of("locatie", configuratie.locatie(), "regios", register.regios().stream().map(r -> Map.of(
                "code", r.code(), "naam", r.naam(),
                "gemeenten", r.gemeenten().stream().map(g -> g.code() + " " + g.naam()).toList(),
                "beleid", r.beleid().stream().map(b -> Map.of("code", b.code(), "naam", b.naam(), "soort", b.soort(),
                        "gemeenten", b.gemeenten(), "versies", b.versies())).toList())).toList(),
                "aanbieders", register.aantalAanbieders());
    }

    /** Checks one file (its name says which file it replaces or adds) against the folder as it is now. */
    @PostMapping("/validatie")
    public Map<String, Object> controleer(@RequestParam("bestand") String bestand, @RequestBody byte[] inhoud) {
        List<RegioLader.Fout> fouten = configuratie.controleer(
                new RegioLader.Bestand(bestand, new String(inhoud, StandardCharsets.UTF_8)));
        return Map.of("geldig", fouten.isEmpty(), "fouten", fouten);
    }

    /** Reads the folder again; with any problem the running configuration stays (409 with the problems). */
    @PostMapping("/herladen")
    public ResponseEntity<Map<String, Object>> herlaad() {
        List<RegioLader.Fout> fouten = configuratie.herlaad();
        return fouten.isEmpty()
                ? ResponseEntity.ok(Map.of("geladen", true, "fouten", fouten))
                : ResponseEntity.status(409).body(Map.of("geladen", false, "fouten", fouten));
    }
}
