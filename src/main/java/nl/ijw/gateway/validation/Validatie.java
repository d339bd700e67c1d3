package nl.ijw.gateway.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.bericht.Header;
import nl.ijw.gateway.deadletter.DlqReden;
import nl.ijw.gateway.intake.Ontvangst;
import nl.ijw.gateway.regions.BeleidsUitkomst;
import nl.ijw.gateway.regions.Gemeente;
import nl.ijw.gateway.regions.PartijRegister;
import nl.ijw.gateway.retour.RetourBuilder;
import nl.ijw.gateway.rules.RegelCatalogus;

/**
 * Decides what happens to a received message: file checks, then one streaming parse with XSD
 * validation, the check that the Afzender is the signed-in sender's, then the in-message rules on
 * schema-valid messages, the check that both parties are known to the gateway, then the retour.
 */
public final class Validatie {

    private final BestandsControle bestandsControle;
    private final BerichtLezer lezer;
    private final IjwSchemas schemas;
    private final RegelCatalogus regels;
    private final RetourBuilder retourBuilder;
    private final Supplier<PartijRegister> partijen;
    private final Verzenders verzenders;
    private final Volgorde volgorde;

    public Validatie(BestandsControle bestandsControle, BerichtLezer lezer, IjwSchemas schemas,
                     RegelCatalogus regels, RetourBuilder retourBuilder, Supplier<PartijRegister> partijen,
                     Verzenders verzenders) {
        this(bestandsControle, lezer, schemas, regels, retourBuilder, partijen, verzenders, Volgorde.GEEN);
    }

    /** @param volgorde held from before the rules read the state until the message's end (see {@link Volgorde}) */
    public Validatie(BestandsControle bestandsControle, BerichtLezer lezer, IjwSchemas schemas,
                     RegelCatalogus regels, RetourBuilder retourBuilder, Supplier<PartijRegister> partijen,
                     Verzenders verzenders, Volgorde volgorde) {
        this.volgorde = volgorde;
        this.partijen = partijen;
        this.verzenders = verzenders;
        this.bestandsControle = bestandsControle;
        this.lezer = lezer;
        this.schemas = schemas;
        this.regels = regels;
        this.retourBuilder = retourBuilder;
    }

    public Beoordeling beoordeel(Ontvangst ontvangst) {
        if (ontvangst.eerder() != Ontvangst.Eerder.NIET) {
            Uitkomst uitkomst = ontvangst.eerder() == Ontvangst.Eerder.AFGELEVERD ? Uitkomst.AL_AFGELEVERD : Uitkomst.EERDER_VERWERKT;
            return new Beoordeling(ontvangst, null, null, List.of(), uitkomst, null, null, null,
                    null, BeleidsUitkomst.GEEN, List.of(), null);
        }
        Optional<DlqReden> transport = ontvangst.ongeldigReden();
        if (transport.isPresent()) {
            return Beoordeling.onbestelbaar(ontvangst, null, null, List.of(), transport.get(), ontvangst.melding());
        }
        Lezing lezing = lees(ontvangst.inhoud(), volgorde);
        if (lezing.onleesbaar() != null) {
            return Beoordeling.onbestelbaar(ontvangst, lezing.type(), null, lezing.bevindingen(),
                    lezing.onleesbaar(), lezing.bevindingen().get(0).melding());
        }
        Bericht bericht = lezing.bericht();
        Header header = bericht.header();
        Optional<String> verzender = ontvangst.verzender();
        Set<String> eigen = verzender.map(verzenders::partijenVan).orElse(Set.of());
        if (verzender.isPresent() && !eigen.contains(header.afzender())) {
            return vervalst(ontvangst, bericht, verzender.get(), eigen);
        }
        List<Bevinding> bevindingen = new ArrayList<>(lezing.bevindingen());
        if (Header.isPartijcode(header.afzender()) && !partijen.get().kent(header.afzender())) {
            // Nobody to answer: a retour to an unknown party would go to an outbox nobody reads.
            return Beoordeling.onbestelbaar(ontvangst, bericht.type(), header, bevindingen, DlqReden.ONBEKENDE_AFZENDER,
                    "Afzender " + header.afzender() + " is bij de gateway niet bekend.");
        }
        if (Header.isPartijcode(header.ontvanger()) && !partijen.get().kent(header.ontvanger())) {
            bevindingen.add(new Bevinding(Bevinding.REGEL_PARTIJ, Bevinding.AFGEKEURD, "/Bericht/Header/Ontvanger",
                    "Ontvanger " + header.ontvanger() + " is bij de gateway niet bekend; het bericht is niet doorgestuurd."));
        }
        if (!bericht.type().isHeenbericht()) {
            return bevindingen.isEmpty()
                    ? Beoordeling.beoordeeld(ontvangst, bericht, bevindingen, Uitkomst.GEACCEPTEERD, null)
                    : Beoordeling.onbestelbaar(ontvangst, bericht.type(), header, bevindingen,
                            DlqReden.ONGELDIG_RETOURBERICHT, "Ongeldig retourbericht " + bericht.type()
                                    + ": " + bevindingen.get(0).melding());
        }
        Uitkomst uitkomst = bevindingen.isEmpty() ? Uitkomst.GEACCEPTEERD : Uitkomst.AFGEKEURD;
        if (uitkomst == Uitkomst.GEACCEPTEERD && schrijftEigenRetouren(header.ontvanger())) {
            // The receiver answers this heenbericht itself; its retour comes back through ijw.in.
            return Beoordeling.beoordeeld(ontvangst, bericht, List.of(), uitkomst, null);
        }
        try {
            byte[] retour = retourBuilder.bouw(bericht, bevindingen, ontvangst.berichtId());
            return Beoordeling.beoordeeld(ontvangst, bericht, List.copyOf(bevindingen), uitkomst, retour);
        } catch (RetourBuilder.RetourOnmogelijk e) {
            return Beoordeling.onbestelbaar(ontvangst, bericht.type(), header, bevindingen,
                    DlqReden.GEEN_GELDIGE_AFZENDER, "Afgekeurd, maar er kan geen retourbericht worden gemaakt: "
                            + e.getMessage());
        }
    }

    /**
     * The Afzender is not a party the signed-in sender may send for. Its retour, with the finding on
     * the header only (so no client data), goes to the sender's own party; nothing is judged further,
     * nothing forwarded, and the claimed Afzender's Identificatie is not used up.
     */
    private Beoordeling vervalst(Ontvangst ontvangst, Bericht bericht, String verzender, Set<String> partijen) {
        Header header = bericht.header();
        String melding = "Afzender " + header.afzender() + " hoort niet bij de aangemelde verzender " + verzender
                + "; het bericht is niet doorgestuurd.";
        SortedSet<String> eigen = new TreeSet<>(partijen);
        Bevinding bevinding = new Bevinding(Bevinding.REGEL_AFZENDER, Bevinding.AFGEKEURD, "/Bericht/Header/Afzender",
                "Afzender " + header.afzender() + " hoort niet bij de aangemelde verzender; het bericht is niet doorgestuurd.");
        if (eigen.isEmpty() || !bericht.type().isHeenbericht()) {
            return Beoordeling.onbestelbaar(ontvangst, bericht.type(), header, List.of(bevinding), DlqReden.AFZENDER_NIET_AANGEMELD,
                    melding);
        }
        try {
            return Beoordeling.vervalst(ontvangst, bericht, bevinding, retourBuilder.bouw(bericht, List.of(bevinding),
                    ontvangst.berichtId()), eigen.first(), melding);
        } catch (RetourBuilder.RetourOnmogelijk e) {
            return Beoordeling.onbestelbaar(ontvangst, bericht.type(), header, List.of(bevinding), DlqReden.AFZENDER_NIET_AANGEMELD,
                    melding);
        }
    }

    private boolean schrijftEigenRetouren(String ontvanger) {
        return partijen.get().gemeente(ontvanger).map(g -> g.retouren() == Gemeente.RetourSchrijver.ZELF).orElse(false);
    }

    /** The dry run of {@code POST /api/v1/validatie}: every finding, nothing routed or stored. */
    public Rapport valideer(byte[] inhoud) {
        // A dry run stores nothing, so it does not wait for the client's other messages.
        Lezing lezing = lees(inhoud, Volgorde.GEEN);
        return new Rapport(lezing.type(), lezing.bevindingen().isEmpty(), lezing.bevindingen());
    }

    private Lezing lees(byte[] inhoud, Volgorde eenTegelijk) {
        Optional<BestandsControle.Afwijzing> afwijzing = bestandsControle.controleer(inhoud);
        if (afwijzing.isPresent()) {
            return new Lezing(null, null, List.of(afwijzing.get().alsBevinding()), afwijzing.get().reden());
        }
        BerichtLezer.Resultaat gelezen = lezer.lees(inhoud);
        if (gelezen.onleesbaar() != null) {
            Bevinding bevinding = gelezen.onleesbaar() == DlqReden.ONBEKEND_BERICHTTYPE
                    ? new Bevinding(Bevinding.REGEL_XSD, Bevinding.AFGEKEURD, "/", gelezen.melding())
                    : Bevinding.xml(gelezen.melding());
            return new Lezing(null, null, List.of(bevinding), gelezen.onleesbaar());
        }
        Bericht bericht = new Bericht(gelezen.type(), gelezen.document(), schemas.herhalendeElementen());
        List<Bevinding> bevindingen = new ArrayList<>(gelezen.xsdBevindingen());
        if (bevindingen.isEmpty()) {
            eenTegelijk.vergrendel(bericht);
            bevindingen.addAll(regels.toets(bericht));
        }
        return new Lezing(gelezen.type(), bericht, List.copyOf(bevindingen), null);
    }

    private record Lezing(BerichtType type, Bericht bericht, List<Bevinding> bevindingen, DlqReden onleesbaar) {
    }

    /** The validation report of the contract. */
    public record Rapport(BerichtType berichtType, boolean geldig, List<Bevinding> bevindingen) {
    }
}
