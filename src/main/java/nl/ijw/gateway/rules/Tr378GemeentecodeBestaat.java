package nl.ijw.gateway.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.referentie.Gemeentecodes;
import nl.ijw.gateway.referentie.Referentielijsten;
import nl.ijw.gateway.validation.Bevinding;
import org.w3c.dom.Element;

/**
 * TR378: a municipality code (the municipality in the header; in an answer also the Gemeente of
 * Woonplaatsbeginsel) is in the CBS overview that holds on the Ingangsdatum of each allocation, or
 * the ToewijzingIngangsdatum of each start, stop or requested product; a message without such dates
 * (JW317, JW319) on its Dagtekening. A code of a municipality that merged holds for dates before the
 * merger only; its successor's code from the merger on.
 */
public final class Tr378GemeentecodeBestaat extends BasisRegel {

    private final Referentielijsten lijsten;

    public Tr378GemeentecodeBestaat(Referentielijsten lijsten) {
        super("TR378", "S300", BerichtType.JW301, BerichtType.JW305, BerichtType.JW307, BerichtType.JW315, BerichtType.JW317,
                BerichtType.JW319);
        this.lijsten = lijsten;
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        Gemeentecodes codes = lijsten.gemeentecodes();
        TreeSet<LocalDate> peildagen = peildagen(bericht);
        List<Bevinding> bevindingen = new ArrayList<>();
        for (Element gemeente : gemeenten(bericht)) {
            String code = gemeente.getTextContent().trim();
            Optional<LocalDate> ongeldig = peildagen.stream().filter(dag -> !codes.geldigOp(code, dag)).findFirst();
            ongeldig.ifPresent(dag -> bevindingen.add(bevinding(bericht, gemeente, codes.naam(code)
                    .map(naam -> "Gemeentecode " + code + " (" + naam + ") is volgens het CBS-overzicht niet geldig op " + dag + ".")
                    .orElse("Gemeentecode " + code + " staat niet in het CBS-overzicht.")
                    + " Lijst: " + codes.lijst().versie() + ".")));
        }
        return bevindingen;
    }

    private static List<Element> gemeenten(Bericht bericht) {
        boolean vanGemeente = bericht.type() == BerichtType.JW301 || bericht.type() == BerichtType.JW319;
        List<Element> gemeenten = new ArrayList<>();
        Bericht.kind(bericht.root(), "Header").flatMap(h -> Bericht.kind(h, vanGemeente ? "Afzender" : "Ontvanger"))
                .ifPresent(gemeenten::add);
        for (Element woonplaatsbeginsel : bericht.alle("Woonplaatsbeginsel")) {
            Bericht.kind(woonplaatsbeginsel, "Gemeente").ifPresent(gemeenten::add);
        }
        return gemeenten;
    }

    private static TreeSet<LocalDate> peildagen(Bericht bericht) {
        TreeSet<LocalDate> dagen = new TreeSet<>();
        bericht.alle("ToegewezenProduct").forEach(p -> Bericht.datum(p, "Ingangsdatum").ifPresent(dagen::add));
        for (String klasse : List.of("StartProduct", "StopProduct", "AangevraagdProduct")) {
            bericht.alle(klasse).forEach(p -> Bericht.datum(p, "ToewijzingIngangsdatum").ifPresent(dagen::add));
        }
        if (dagen.isEmpty()) {
            dagen.add(dagtekening(bericht));
        }
        return dagen;
    }
}
