package nl.ijw.gateway.routing;

import nl.ijw.gateway.validation.Beoordeling;
import nl.ijw.gateway.validation.Uitkomst;
import org.apache.camel.Exchange;
import org.apache.camel.Predicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The questions the routes ask about a message's {@link Beoordeling} (exchange property
 * {@value #BEOORDELING}), named in the routes with the ref language ({@code ref: geaccepteerd}).
 * Asked in simple instead ({@code ${exchangeProperty.beoordeling.uitkomst()}}), every question had
 * Camel's bean language copy the whole exchange, the received JMS message included, twice.
 */
@Configuration(proxyBeanMethods = false)
public class Beoordelingsvragen {

    public static final String BEOORDELING = "beoordeling";

    @Bean
    Predicate geaccepteerd() {
        return uitkomst(Uitkomst.GEACCEPTEERD);
    }

    @Bean
    Predicate afgekeurd() {
        return uitkomst(Uitkomst.AFGEKEURD);
    }

    @Bean
    Predicate onbestelbaar() {
        return uitkomst(Uitkomst.ONBESTELBAAR);
    }

    @Bean
    Predicate eerderVerwerkt() {
        return uitkomst(Uitkomst.EERDER_VERWERKT);
    }

    /** Accepted and not kept back by a regional policy that answered it. */
    @Bean
    Predicate doorTeSturen() {
        return exchange -> beoordeling(exchange).doorsturen();
    }

    /** A heenbericht: its Afzender gets a retour. */
    @Bean
    Predicate metRetour() {
        return exchange -> beoordeling(exchange).heeftRetour();
    }

    private static Predicate uitkomst(Uitkomst uitkomst) {
        return exchange -> beoordeling(exchange).uitkomst() == uitkomst;
    }

    private static Beoordeling beoordeling(Exchange exchange) {
        return exchange.getProperty(BEOORDELING, Beoordeling.class);
    }
}
