package nl.ijw.gateway.operations;

import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The console's own API: who is signed in (and the CSRF token), queue readings, traffic of the last hour
 * and the alarms that hold. The root leads to the console.
 */
@RestController
public class BeheerController {

    private final Wachtrijen wachtrijen;
    private final Verwerkingsmetingen metingen;
    private final Alarmen alarmen;

    public BeheerController(Wachtrijen wachtrijen, Verwerkingsmetingen metingen, Alarmen alarmen) {
        this.wachtrijen = wachtrijen;
        this.metingen = metingen;
        this.alarmen = alarmen;
    }

    /** The queues (ijw.in, ijw.dlq, every outbox), read at most a few seconds ago. */
    @GetMapping("/api/v1/beheer/wachtrijen")
    public Wachtrijen.Stand wachtrijen() {
        return wachtrijen.actueel(java.time.Duration.ofSeconds(3));
    }

    /** Messages per minute and outcome over the last hour (this gateway, since its start). */
    @GetMapping("/api/v1/beheer/verkeer")
    public java.util.List<Verwerkingsmetingen.Minuut> verkeer() {
        return metingen.laatsteUur();
    }

    @GetMapping("/api/v1/beheer/alarmen")
    public java.util.List<Alarmen.Alarm> alarmen() {
        return alarmen.actief();
    }

    @GetMapping({"/", "/beheer"})
    public RedirectView begin() {
        return new RedirectView(Beveiliging.CONSOLE);
    }

    /** The console itself: one static page. */
    @GetMapping(Beveiliging.CONSOLE)
    public org.springframework.web.servlet.ModelAndView console() {
        return new org.springframework.web.servlet.ModelAndView("forward:/beheer/index.html");
    }

    @GetMapping("/api/v1/beheer/ik")
    public Map<String, Object> ik(Authentication wie, CsrfToken csrf) {
        return Map.of("naam", wie.getName(),
                "rollen", wie.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .map(r -> r.replaceFirst("^ROLE_", "")).sorted().toList(),
                "csrf", Map.of("header", csrf.getHeaderName(), "token", csrf.getToken()));
    }

    /** For the sign-in form, a static page: the token its form has to send along. */
    @GetMapping("/api/v1/beheer/csrf")
    public Map<String, String> csrf(CsrfToken csrf) {
        return Map.of("parameter", csrf.getParameterName(), "token", csrf.getToken());
    }

    /** Whether the signed-in operator may act (re-drive, remove) and see payloads. */
    public static boolean isBeheerder(Authentication wie) {
        return wie != null && wie.getAuthorities().stream()
                .anyMatch(r -> r.getAuthority().equals("ROLE_" + Beheerders.BEHEERDER));
    }
}
