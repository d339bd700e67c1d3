package nl.ijw.gateway.regions;

import java.util.List;

/** A region: its municipalities and the policies of its working agreements, from one file. */
public record Regio(String code, String naam, String bron, List<Gemeente> gemeenten, List<Beleid> beleid) {
}
