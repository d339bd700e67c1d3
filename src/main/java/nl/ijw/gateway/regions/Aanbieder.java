package nl.ijw.gateway.regions;

import java.util.List;

/**
 * A care provider the gateway exchanges messages with.
 *
 * @param agb        AGB code, eight digits
 * @param regios     codes of the regions it holds contracts in
 * @param segmenten  the segments it is contracted for (free text, e.g. "ambulant", "wonen-verblijf")
 */
public record Aanbieder(String agb, String naam, List<String> regios, List<String> segmenten, String outbox) {
}
