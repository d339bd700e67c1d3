package nl.ijw.gateway.regions;

/** A policy whose condition holds for a message, with the version that was in force. */
public record Treffer(Beleid beleid, BeleidVersie versie) {

    public Actie actie() {
        return versie.actie();
    }
}
