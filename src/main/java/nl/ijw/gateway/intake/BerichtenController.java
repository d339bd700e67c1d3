package nl.ijw.gateway.intake;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import nl.ijw.gateway.access.BrokerGebruikers;
import nl.ijw.gateway.config.GatewayProperties;
import nl.ijw.gateway.validation.Validatie;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * HTTP intake and the validation dry run. A submitted message is put on {@code ijw.in} as is, so it
 * follows exactly the path of a message sent to the broker; 202 means it is safely on the broker.
 */
@RestController
@RequestMapping("/api/v1")
public class BerichtenController {

    private final JmsTemplate jms;
    private final Validatie validatie;
    private final long maxBytes;

    public BerichtenController(JmsTemplate jms, Validatie validatie, GatewayProperties properties) {
        this.jms = jms;
        this.validatie = validatie;
        this.maxBytes = properties.intake().maxGrootte().toBytes();
    }

    @PostMapping(path = "/berichten", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    public ResponseEntity<Map<String, String>> ontvang(HttpServletRequest request, Authentication wie) throws IOException,
            JMSException {
        byte[] inhoud = leesBegrensd(request);
        if (inhoud == null) {
            return teGroot();
        }
        AtomicReference<BytesMessage> verstuurd = new AtomicReference<>();
        jms.send("ijw.in", session -> {
            BytesMessage message = session.createBytesMessage();
            message.writeBytes(inhoud);
            message.setStringProperty(JmsIntake.KANAAL, "http");
            if (BrokerGebruikers.isPartij(wie)) {
                // Its Afzender is checked against the parties of who signed in, as on the broker.
                message.setStringProperty(Ontvangst.VERZENDER, wie.getName());
            }
            verstuurd.set(message);
            return message;
        });
        String id = TrackingId.van(verstuurd.get().getJMSMessageID());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", id, "status", "ontvangen"));
    }

    @PostMapping(path = "/validatie")
    public ResponseEntity<?> valideer(HttpServletRequest request) throws IOException {
        byte[] inhoud = leesBegrensd(request);
        if (inhoud == null) {
            return teGroot();
        }
        return ResponseEntity.ok(validatie.valideer(inhoud));
    }

    /** The body, or null when it is larger than the limit; never reads more than limit + 1 bytes. */
    private byte[] leesBegrensd(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] inhoud = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            return inhoud.length > maxBytes ? null : inhoud;
        }
    }

    private static ResponseEntity<Map<String, String>> teGroot() {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .body(Map.of("status", "te groot", "melding", "Een bericht is ten hoogste 25 MB (OP179)."));
    }
}
