package nl.ijw.gateway.referentie;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which reference lists the rules read now (for operators: is the new CBS list in use?), and reading
 * them again at once instead of at the next check.
 */
@RestController
public class ReferentielijstenController {

    private final Referentielijsten lijsten;

    public ReferentielijstenController(Referentielijsten lijsten) {
        this.lijsten = lijsten;
    }

    @GetMapping("/api/v1/referentielijsten")
    public List<Map<String, Object>> inGebruik() {
        Gemeentecodes gemeentecodes = lijsten.gemeentecodes();
        return Stream.concat(Stream.of(beschrijving(gemeentecodes.lijst())),
                lijsten.productcodes().lijsten().stream().map(ReferentielijstenController::beschrijving)).toList();
    }

    /** 200 with the lists in use when all read correctly; 422 with the problems when one was refused. */
    @PostMapping("/api/v1/referentielijsten/herladen")
    public ResponseEntity<Map<String, Object>> herlaad() {
        List<String> fouten = lijsten.herlaad();
        Map<String, Object> antwoord = new LinkedHashMap<>();
        antwoord.put("fouten", fouten);
        antwoord.put("inGebruik", inGebruik());
        return ResponseEntity.status(fouten.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY).body(antwoord);
    }

    private static Map<String, Object> beschrijving(Referentielijst lijst) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("locatie", lijst.naam());
        b.put("lijst", lijst.eigenschap("lijst").orElse(""));
        b.put("versie", lijst.versie());
        b.put("datum", lijst.eigenschap("datum").orElse(""));
        b.put("bron", lijst.eigenschap("bron").orElse(""));
        b.put("rijen", lijst.rijen().size());
        return b;
    }
}
