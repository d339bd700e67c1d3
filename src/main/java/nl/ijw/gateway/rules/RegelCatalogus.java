package nl.ijw.gateway.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.referentie.Referentielijsten;
import nl.ijw.gateway.validation.Bevinding;

/**
 * Every in-message rule the gateway applies, in one list. Adding a rule is one class plus one
 * line here. Findings come out in catalogue order, then document order, so reports are stable.
 */
public final class RegelCatalogus {

    private final List<Regel> regels;

    public RegelCatalogus(Clock klok) {
        this(klok, Geschiedenis.LEEG);
    }

    public RegelCatalogus(Clock klok, Geschiedenis geschiedenis) {
        this(klok, geschiedenis, Referentielijsten.ingebouwd());
    }

    public RegelCatalogus(Clock klok, Geschiedenis geschiedenis, Referentielijsten lijsten) {
        this.regels = List.of(
                new Tr101GeenDubbeleRegels(),
                new Cd005HuisBijPostcode(),
                new Cd007TaalBijTolk(),
                new Cd009PeriodeAlleenTijdelijkAdres(),
                new Cd025PostcodeInNederland(),
                new Cs089NederlandsePostcode(),
                new Cd034AdresBijBrpOfVerblijf(),
                new Cd041OmvangBijProductcode(),
                new Cd043BeschikkingIngangsdatumBijNummer(),
                new Cd066GeenNaamBijZorgverlenercode(),
                new Cd067NaamZonderZorgverlenercode(),
                new Cd068GeenZorgverlenercodeBijAnderType(),
                new Cd075EinddatumBijBudget(),
                new Cd076EinddatumBijFrequentiePerWeek(),
                new Cd077GeenOmvangBijBudget(),
                new Cd078GeenBudgetBijOmvang(),
                new Cd079ProductZonderBudget(),
                new Cd080GeenOmvangZonderProductcode(),
                new Cd095GeenOmvangZonderProductcode(),
                new Cd096GeenOmvangZonderProductcode(),
                new Cd085RedenBijAfwijzing(),
                new Cd086GeenRedenBijOnderzoek(),
                new Cs002BsnElfproef(),
                new Cs003EinddatumNietVoorBegindatum(),
                new Cs058StatusAanlevering1Of3(),
                new Cs050NaamGebruikBijPartnernaam(),
                new Cs139GeboortedatumPastBijDatumGebruik(),
                new Cs318NaamGebruik6NietVoorClient(),
                new Cs335VerwijderdAlleenZonderLooptijd(),
                new Cs336RedenWijziging01NietGebruiken(),
                new Cs338FrequentieBijEenheid(),
                new Cs343FrequentieBijEenheid(),
                new Tr002GeboortedatumHoogstens120Jaar(),
                new Tr006ContactBereikbaar(),
                new Tr061ClientHeeftAdres(),
                new Tr134DatumNietNaDagtekening(),
                new Tr018EinddatumNietVoorBegindatum(),
                new Tr302ToegewezenProductenOverlappenNiet(),
                new Tr352OngewijzigdOfTeWijzigenProduct(),
                new Tr353TeWijzigenOfNieuwProduct(),
                new Tr377WoonplaatsbeginselOpnemen(),
                new Tr383ReferentieAanbiederUniekInBericht(),
                new Tr386AangevraagdeProductenOverlappenNiet(),
                new Tr409WoonplaatsbeginselWeglaten(),
                new Tr380GewensteIngangsdatumNaDagtekening(),
                new Tr410NieuweProductenOverlappenNiet(),
                new Tr135DagtekeningNietInDeToekomst(klok),
                // Externe bron: lists the gateway ships, replaceable by configuration (docs/referentielijsten.md).
                new Tr378GemeentecodeBestaat(lijsten),
                new Tr381ProductcodeBijCategorie(lijsten),
                new Tr056IdentificatieUniek(geschiedenis),
                // Berichtoverstijgend: each reads what the gateway saw before (see each class for what).
                new Tr019GekoppeldAanToewijzing(geschiedenis),
                new Tr063VerwijderingVanEerdereAanlevering(geschiedenis),
                new Tr071GeenVerwijderingNaStop(geschiedenis),
                new Tr074AanleveringUniek(geschiedenis),
                new Tr326GeenTweedeActueleStart(geschiedenis),
                new Tr382StopVolgtStart(geschiedenis),
                new Tr413NaTijdelijkeStopDefinitief(geschiedenis),
                new Tr414EinddatumNaEerdereStop(geschiedenis),
                new Tr415GeenStopNaDefinitieveStop(geschiedenis),
                new Tr332ToewijzingNummerUniek(geschiedenis),
                new Tr379ReferentieVanVerzoek(geschiedenis),
                new Tr347ReferentieAanbiederUniek(geschiedenis),
                new Tr374GeenOnderhandenVerzoek(geschiedenis),
                new Tr349AlleActueleToewijzingen(geschiedenis),
                new Tr350OngewijzigdProductActueel(geschiedenis),
                new Tr351TeWijzigenProductActueel(geschiedenis),
                new Tr357GewensteIngangsdatum(geschiedenis),
                new Tr304BsnVanDeClient(geschiedenis),
                new Tr361ProductenInVerzoekOverlappenNiet(geschiedenis),
                new Tr373IngangBijGewijzigdTotaal(geschiedenis),
                new Tr375GeenOmvangZonderProduct(geschiedenis),
                new Tr411OmvangBijProductcode(geschiedenis),
                new Tr412GeenOmvangZonderProductcode(geschiedenis),
                new Tr355AntwoordOpEenVerzoek(geschiedenis),
                new Tr359GeenAntwoordNaToewijzing(geschiedenis),
                new Tr360OnderzoekAlleenEerstAntwoord(geschiedenis),
                new Tr365EerderAntwoordInOnderzoek(geschiedenis));
    }

    public List<Regel> regels() {
        return regels;
    }

    public List<Bevinding> toets(Bericht bericht) {
        List<Bevinding> bevindingen = new ArrayList<>();
        boolean alOntvangen = false;
        for (Regel regel : regels) {
            if (!regel.berichten().contains(bericht.type())) {
                continue;
            }
            // A message sent again (TR056) is not judged against the state its first copy created:
            // that would only repeat, as other codes, that it was received before.
            if (alOntvangen && regel instanceof BerichtoverstijgendeRegel) {
                continue;
            }
            List<Bevinding> gevonden = regel.toets(bericht);
            alOntvangen |= regel instanceof Tr056IdentificatieUniek && !gevonden.isEmpty();
            bevindingen.addAll(gevonden);
        }
        return bevindingen;
    }
}
