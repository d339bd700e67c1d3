package nl.ijw.gateway.deadletter;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import nl.ijw.gateway.operations.BeheerController;
import org.springframework.security.core.Authentication;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.ijw.gateway.validation.Validatie;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dead-letter API of CONTRACT.md: list, details, re-drive one or many, delete. */
@RestController
@RequestMapping("/api/v1/dlq")
public class DlqController {

    private static final int MAX_PAGINA = 200;

    private final DodeLetters dodeLetters;
    private final BulkHeraanbieding bulk;
    private final Validatie validatie;

    public DlqController(DodeLetters dodeLetters, BulkHeraanbieding bulk, Validatie validatie) {
        this.dodeLetters = dodeLetters;
        this.bulk = bulk;
        this.validatie = validatie;
    }

    @GetMapping
    public Map<String, Object> lijst(@RequestParam(required = false) String reden,
                                     @RequestParam(required = false) String type,
                                     @RequestParam(required = false) String afzender,
                                     @RequestParam(required = false) String ontvanger,
                                     @RequestParam(required = false) Instant van,
                                     @RequestParam(required = false) Instant tot,
                                     @RequestParam(defaultValue = "0") int pagina,
                                     @RequestParam(defaultValue = "50") int grootte) {
        int begrensd = Math.max(1, Math.min(grootte, MAX_PAGINA));
        DodeLetters.Overzicht overzicht = dodeLetters.lijst(new DlqFilter(reden, type, afzender, ontvanger, van, tot),
                Math.max(0, pagina), begrensd);
        return Map.of("pagina", Math.max(0, pagina), "grootte", begrensd, "totaal", overzicht.totaal(),
                "afgekapt", overzicht.afgekapt(), "dodeLetters", overzicht.dodeLetters());
    }

    @GetMapping("/{id}")
    public ResponseEntity<Map<String, Object>> details(@PathVariable String id, Authentication operator) {
        return dodeLetters.details(id).map(d -> {
            Map<String, Object> antwoord = new LinkedHashMap<>();
            antwoord.put("dodeLetter", d.dodeLetter());
            antwoord.put("eigenschappen", d.eigenschappen());
            // The findings as the gateway judges the payload now: after a fix in the register or the
            // rules, an operator sees here whether a re-drive would pass.
            antwoord.put("validatie", d.inhoud().length == 0 ? null : validatie.valideer(d.inhoud()));
            // The payload holds the child's data: only for operators who act on it.
            if (BeheerController.isBeheerder(operator)) {
                antwoord.putAll(inhoud(d.inhoud()));
            }
            antwoord.put("journaal", d.journaal().orElse(null));
            return ResponseEntity.ok(antwoord);
        }).orElse(ResponseEntity.notFound().build());
    }

    @PostMapping("/{id}/opnieuw")
    public ResponseEntity<DodeLetters.Heraanbieding> heraanbied(@PathVariable String id, Principal operator) {
        return ResponseEntity.of(dodeLetters.heraanbied(id, naam(operator)));
    }

    /**
     * Without a token: a preview (how many match, and a token for exactly those). With the token: the
     * run, once; 409 with the first result when it ran before, 404 when the token is unknown or expired.
     */
    @PostMapping("/opnieuw")
    public ResponseEntity<?> heraanbiedVeel(@RequestBody(required = false) BulkVerzoek verzoek, Principal operator) {
        BulkVerzoek v = verzoek == null ? new BulkVerzoek(null, null, null, null, null, null, null) : verzoek;
        if (v.token() == null || v.token().isBlank()) {
            return ResponseEntity.ok(bulk.voorbeeld(new DlqFilter(v.reden(), v.type(), v.afzender(), v.ontvanger(), v.van(), v.tot())));
        }
        return bulk.voerUit(v.token(), naam(operator))
                .<ResponseEntity<?>>map(u -> ResponseEntity.status(u.eerderUitgevoerd() ? HttpStatus.CONFLICT : HttpStatus.OK).body(u))
                .orElse(ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(Map.of("melding", "Onbekend of verlopen token: vraag eerst opnieuw een voorbeeld op.")));
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> verwijder(@PathVariable String id, Principal operator) {
        return dodeLetters.verwijder(id, naam(operator)) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    /** The filter of a bulk re-drive, and the token of its preview when it is to run. */
    public record BulkVerzoek(String reden, String type, String afzender, String ontvanger, Instant van, Instant tot,
                              String token) {
    }

    private static String naam(Principal operator) {
        return operator == null ? "onbekend" : operator.getName();
    }

    /** iJw messages are UTF-8 text; a payload that is not (a dead letter for CODERING) is shown as base64. */
    private static Map<String, Object> inhoud(byte[] inhoud) {
        try {
            String tekst = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(inhoud)).toString();
            return Map.of("inhoud", tekst, "inhoudCodering", "utf-8");
        } catch (CharacterCodingException e) {
            return Map.of("inhoud", Base64.getEncoder().encodeToString(inhoud), "inhoudCodering", "base64");
        }
    }
}
