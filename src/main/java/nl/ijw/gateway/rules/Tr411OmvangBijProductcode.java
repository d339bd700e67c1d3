package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/**
 * TR411: a TeWijzigenProduct whose allocation has a product code (Code in Product) holds an Omvang.
 * State read: see {@link OmvangBijToewijzing}.
 */
public final class Tr411OmvangBijProductcode extends BerichtoverstijgendeRegel {

    public Tr411OmvangBijProductcode(Geschiedenis geschiedenis) {
        super(geschiedenis, "TR411", "9411", BerichtType.JW317);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return OmvangBijToewijzing.teWijzigen(this, bericht).stream()
                .filter(g -> g.inhoud().code().isPresent() && OmvangBijToewijzing.omvang(g).isEmpty())
                .map(g -> bevinding(bericht, g.klasse(), OmvangBijToewijzing.nummer(g) + " heeft productcode "
                        + g.inhoud().code().get() + ": Omvang is verplicht."))
                .toList();
    }
}
