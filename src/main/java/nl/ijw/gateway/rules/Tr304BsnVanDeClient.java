package nl.ijw.gateway.rules;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;
import org.w3c.dom.Element;

/**
 * TR304: the Bsn of a request for change is that of the client whose allocations it names. State
 * read: the allocations the receiving municipality sent this provider under the numbers named
 * (OngewijzigdProduct, TeWijzigenProduct). It rejects when the gateway knows such an allocation and
 * it is another client's; numbers it does not know are not judged (OP095).
 */
public final class Tr304BsnVanDeClient extends BerichtoverstijgendeRegel {

    public Tr304BsnVanDeClient(Geschiedenis geschiedenis) {
        super(geschiedenis, "TR304", "8187", BerichtType.JW317);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        String gemeente = bericht.header().ontvanger();
        String aanbieder = bericht.header().afzender();
        String client = geschiedenis.clientSleutel(bericht.bsn().orElseThrow());
        Optional<String> vanAnder = Stream.concat(bericht.alle("OngewijzigdProduct").stream(), bericht.alle("TeWijzigenProduct").stream())
                .map(product -> Bericht.tekst(product, "ToewijzingNummer").orElseThrow())
                .filter(nummer -> {
                    List<Geschiedenis.Toewijzing> versies = geschiedenis.toewijzingenMetNummer(gemeente, nummer).stream()
                            .filter(t -> t.aanbieder().equals(aanbieder)).toList();
                    return !versies.isEmpty() && versies.stream().noneMatch(t -> t.client().equals(client));
                })
                .findFirst();
        Element bsn = bericht.alle("Bsn").get(0);
        return vanAnder.map(nummer -> List.of(bevinding(bericht, bsn, "Bsn is niet die van de cliënt van toewijzing " + nummer + ".")))
                .orElse(List.of());
    }
}
