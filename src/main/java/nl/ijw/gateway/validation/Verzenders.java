package nl.ijw.gateway.validation;

import java.util.Set;

/**
 * The parties a signed-in sender (a broker user, later an HTTP caller) may send for: the Afzender of
 * its messages must be one of them.
 */
@FunctionalInterface
public interface Verzenders {

    Set<String> partijenVan(String verzender);
}
