package nl.ijw.gateway.journal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.ijw.gateway.config.JournaalActief;
import org.springframework.http.ResponseEntity;
import java.util.Set;
import java.util.function.Predicate;
import nl.ijw.gateway.access.BrokerGebruikers;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
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
    private final BrokerGebruikers partijen;

    public JournaalController(Journaal journaal, BrokerGebruikers partijen) {
        this.journaal = journaal;
        this.partijen = partijen;
    }

    /**
     * Tracking. A party's software sees only messages it sent or received (one of its parties is the
     * Afzender or Ontvanger), and of their chain and trajectory only those; others do not exist for it.
     */
    @GetMapping("/{id}")
    public ResponseEntity<Map<String, Object>> bericht(@PathVariable String id, Authentication wie) {
        Predicate<JournaalBericht> zichtbaar = zichtbaarVoor(wie);
        return journaal.vind(id).filter(zichtbaar)
                .map(b -> ResponseEntity.ok(Map.<String, Object>of("bericht", b,
                        "keten", journaal.keten(id).stream().filter(zichtbaar).toList(),
                        "traject", journaal.traject(id).stream().filter(zichtbaar).toList())))
                .orElse(ResponseEntity.notFound().build());
    }

    private Predicate<JournaalBericht> zichtbaarVoor(Authentication wie) {
        if (!BrokerGebruikers.isPartij(wie)) {
            return b -> true;
        }
        Set<String> eigen = partijen.partijenVan(wie.getName());
        return b -> eigen(eigen, b.afzender()) || eigen(eigen, b.ontvanger());
    }

    private static boolean eigen(Set<String> eigen, String partij) {
        return partij != null && eigen.contains(partij);
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
                                    @RequestParam(defaultValue = "50") int grootte,
                                    Authentication wie) {
        if (BrokerGebruikers.isPartij(wie)) {
            Set<String> eigen = partijen.partijenVan(wie.getName());
            if (!eigen(eigen, afzender) && !eigen(eigen, ontvanger)) {
                // A party searches its own traffic: as Afzender or as Ontvanger, named.
                throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Zoek met afzender of ontvanger gelijk aan een eigen partijcode.");
            }
        }
        int begrensd = Math.max(1, Math.min(grootte, MAX_PAGINA));
        List<JournaalBericht> gevonden = journaal.zoek(new Zoekvraag(type, afzender, ontvanger, status, van, tot,
                identificatie, toewijzingNummer, referentieAanbieder, retourcode, bsn, Math.max(0, pagina), begrensd));
        return Map.of("pagina", Math.max(0, pagina), "grootte", begrensd, "berichten",
                gevonden.stream().filter(zichtbaarVoor(wie)).toList());
    }
}
