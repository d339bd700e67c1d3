package nl.ijw.gateway.regions;

import java.util.List;
import java.util.Optional;

/** The regional policies that hold for one message, and what follows from them together. */
public record BeleidsUitkomst(List<Treffer> treffers) {

    public static final BeleidsUitkomst GEEN = new BeleidsUitkomst(List.of());

    /** Codes for {@code ijw_signalen}: every policy that holds, except those that only count. */
    public List<String> signalen() {
        return treffers.stream().filter(t -> t.actie() != Actie.RAPPORT).map(t -> t.beleid().code()).distinct().toList();
    }

    /** The policy that answers the request with a rejection on the municipality's behalf, if any. */
    public Optional<Treffer> afwijzing() {
        return treffers.stream().filter(t -> t.actie() == Actie.AFWIJZEN).findFirst();
    }

    /** The policy that answers "in onderzoek", if any and nothing rejects. */
    public Optional<Treffer> onderzoek() {
        return afwijzing().isPresent() ? Optional.empty()
                : treffers.stream().filter(t -> t.actie() == Actie.ONDERZOEK).findFirst();
    }

    /** A rejected request stays with the gateway unless the policy forwards it for information. */
    public boolean doorsturen() {
        return afwijzing().map(t -> "true".equals(String.valueOf(t.versie().parameters()
                .get(RegioLader.TER_INFORMATIE_DOORSTUREN)))).orElse(true);
    }
}
