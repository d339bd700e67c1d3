package nl.ijw.gateway.access;

import nl.ijw.gateway.config.GatewayProperties;
import nl.ijw.gateway.regions.RegioConfiguratie;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For operators who run the gateway on a standalone broker: the files that give that broker the
 * gateway's roles and settings, made from the register and broker users in force.
 */
@RestController
@RequestMapping(value = "/api/v1/broker/artemis", produces = MediaType.TEXT_PLAIN_VALUE)
public class ArtemisInstellingenController {

    private final GatewayProperties properties;
    private final BrokerGebruikers gebruikers;
    private final RegioConfiguratie regios;
    private final String gateway;

    public ArtemisInstellingenController(GatewayProperties properties, BrokerGebruikers gebruikers, RegioConfiguratie regios,
                                         @Value("${spring.artemis.user:" + BrokerToegang.GATEWAY + "}") String gateway) {
        this.properties = properties;
        this.gebruikers = gebruikers;
        this.regios = regios;
        this.gateway = gateway;
    }

    @GetMapping("/broker.properties")
    public String brokerProperties() {
        return instellingen().brokerProperties();
    }

    @GetMapping("/artemis-roles.properties")
    public String rollen() {
        return instellingen().rollen(gateway);
    }

    private ArtemisInstellingen instellingen() {
        return new ArtemisInstellingen(properties, gebruikers, regios.get());
    }
}
