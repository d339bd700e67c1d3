package nl.ijw.gateway.journal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.ijw.gateway.config.JournaalActief;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tracking: one message with its status history and the messages linked to it, and a search over
 * the journal. A BSN can be searched for but is never shown: the journal holds only its hash.
 */
@RestController
@JournaalActief
@RequestMapping("/api/v1/berichten")
public class JournaalController {

    private static final int MAX_PAGINA = 200;

    private final Journaal journaal;

    public JournaalController(Journaal journaal) {
        this.journaal = journaal;
    }

    @GetMapping("/{id}")
    public ResponseEntity<Map<String, Object>> bericht(@PathVariable String id) {
        return journaal.vind(id)
                .map(b -> ResponseEntity.ok(Map.<String, Object>of("bericht", b, "keten", journaal.keten(id),
                        "traject", journaal.traject(id))))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping
    public Map<String, Object> zoek(@RequestParam(required = false) String type,
                                    @RequestParam(required = false) String afzender,
                                    @RequestParam(required = false) String ontvanger,
                                    @RequestParam(required = false) String status,
                                    @RequestParam(required = false) Instant van,
                                    @RequestParam(required = false) Instant tot,
                                    @RequestParam(required = false) String identificatie,
                                    @RequestParam(required = false) String toewijzingNummer,
                                    @RequestParam(required = false) String referentieAanbieder,
                                    @RequestParam(required = false) String retourcode,
                                    @RequestParam(required = false) String bsn,
                                    @RequestParam(defaultValue = "0") int pagina,
                                    @RequestParam(defaultValue = "50") int grootte) {
        int begrensd = Math.max(1, Math.min(grootte, MAX_PAGINA));
        List<JournaalBericht> gevonden = journaal.zoek(new Zoekvraag(type, afzender, ontvanger, status, van, tot,
                identificatie, toewijzingNummer, referentieAanbieder, retourcode, bsn, Math.max(0, pagina), begrensd));
        return Map.of("pagina", Math.max(0, pagina), "grootte", begrensd, "berichten", gevonden);
    }
}
