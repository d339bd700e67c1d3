package nl.ijw.gateway.regions;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.regions.beleid.BeleidsCatalogus;
import nl.ijw.gateway.regions.beleid.BeleidsSoort;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the region and provider files into a {@link PartijRegister}. Every problem is reported with
 * file, line and field, all of them at once, so an operator can fix a file in one go; a single
 * problem means the whole set is refused.
 */
public final class RegioLader {

    /** A file's name and text. */
    public record Bestand(String naam, String inhoud) {
    }

    /** One problem in a file. */
    public record Fout(String bestand, int regel, String veld, String melding) {
        @Override
        public String toString() {
            return bestand + ":" + regel + ": " + veld + ": " + melding;
        }
    }

    /** The files could not be loaded; {@link #fouten()} says every reason. */
    public static final class OngeldigeConfiguratie extends RuntimeException {
        private final List<Fout> fouten;

        public OngeldigeConfiguratie(List<Fout> fouten) {
            super("Ongeldige regio-configuratie:\n  " + String.join("\n  ", fouten.stream().map(Fout::toString).toList()));
            this.fouten = List.copyOf(fouten);
        }

        public List<Fout> fouten() {
            return fouten;
        }
    }

    /** Parameter of the action afwijzen: the RedenAfwijzingVerzoek of the JW319. */
    public static final String REDEN_AFWIJZING = "reden-afwijzing";
    /** Parameter of the action afwijzen: forward the request to the back office for information. */
    public static final String TER_INFORMATIE_DOORSTUREN = "ter-informatie-doorsturen";

    private final BeleidsCatalogus catalogus;

    public RegioLader(BeleidsCatalogus catalogus) {
        this.catalogus = catalogus;
    }

    public PartijRegister laad(List<Bestand> bestanden) {
        Lezing lezing = new Lezing();
        for (Bestand bestand : bestanden) {
            lezing.lees(bestand);
        }
        lezing.controleerSamenhang();
        if (!lezing.fouten.isEmpty()) {
            throw new OngeldigeConfiguratie(lezing.fouten);
        }
        return new PartijRegister(lezing.regios, lezing.aanbieders);
    }

    /** Every problem in these files; empty when they would load. */
    public List<Fout> controleer(List<Bestand> bestanden) {
        try {
            laad(bestanden);
            return List.of();
        } catch (OngeldigeConfiguratie e) {
            return e.fouten();
        }
    }

    private final class Lezing {
        private final List<Fout> fouten = new ArrayList<>();
        private final List<Regio> regios = new ArrayList<>();
        private final List<Aanbieder> aanbieders = new ArrayList<>();
        private final Map<String, String> gemeenteIn = new HashMap<>();
        private final Map<String, String> beleidIn = new HashMap<>();
        private final List<Runnable> latereControles = new ArrayList<>();
        private String bestand;

        void lees(Bestand b) {
            bestand = b.naam();
            Node root;
            try {
                LoaderOptions opties = new LoaderOptions();
                opties.setAllowDuplicateKeys(false);
                root = new Yaml(new SafeConstructor(opties)).compose(new StringReader(b.inhoud()));
            } catch (MarkedYAMLException e) {
                fout(e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1, "-", "geen geldige YAML: " + e.getProblem());
                return;
            } catch (RuntimeException e) {
                fout(1, "-", "geen geldige YAML: " + e.getMessage());
                return;
            }
            if (!(root instanceof MappingNode map)) {
                fout(1, "-", "het bestand moet een YAML-map zijn met 'regio' of 'aanbieders'");
                return;
            }
            Map<String, Node> velden = velden(map, "", Set.of("regio", "gemeenten", "beleid", "aanbieders"));
            if (velden.containsKey("aanbieders")) {
                leesAanbieders(velden.get("aanbieders"));
            }
            if (velden.containsKey("regio")) {
                leesRegio(velden);
            } else if (!velden.containsKey("aanbieders")) {
                fout(regel(root), "-", "het bestand moet 'regio' of 'aanbieders' bevatten");
            }
        }

        private void leesRegio(Map<String, Node> velden) {
            Node regioNode = velden.get("regio");
            Map<String, Node> regio = velden(regioNode, "regio", Set.of("code", "naam", "bron"));
            String code = tekst(regio, regioNode, "regio", "code", true, "[a-z0-9-]+");
            String naam = tekst(regio, regioNode, "regio", "naam", true, null);
            String bron = tekst(regio, regioNode, "regio", "bron", false, null);
            List<Gemeente> gemeenten = new ArrayList<>();
            Node lijst = velden.get("gemeenten");
            if (lijst == null) {
                fout(regel(regioNode), "gemeenten", "verplicht: de gemeenten van de regio");
            }
            List<Node> items = items(lijst, "gemeenten");
            for (int i = 0; i < items.size(); i++) {
                gemeente(items.get(i), "gemeenten[" + (i + 1) + "]", code).ifPresent(gemeenten::add);
            }
            Set<String> codes = new LinkedHashSet<>();
            gemeenten.forEach(g -> codes.add(g.code()));
            List<Beleid> beleid = new ArrayList<>();
            List<Node> regels = items(velden.get("beleid"), "beleid");
            for (int i = 0; i < regels.size(); i++) {
                beleid(regels.get(i), "beleid[" + (i + 1) + "]", codes).ifPresent(beleid::add);
            }
            regios.add(new Regio(code, naam, bron, List.copyOf(gemeenten), List.copyOf(beleid)));
        }

        private Optional<Gemeente> gemeente(Node node, String pad, String regio) {
            Map<String, Node> v = velden(node, pad, Set.of("code", "naam", "outbox", "retouren"));
            String code = tekst(v, node, pad, "code", true, "\\d{4}");
            String naam = tekst(v, node, pad, "naam", true, null);
            String outbox = tekst(v, node, pad, "outbox", false, "[A-Za-z0-9._-]+");
            String retouren = tekst(v, node, pad, "retouren", false, "gateway|zelf");
            if (code == null || naam == null) {
                return Optional.empty();
            }
            String eerder = gemeenteIn.putIfAbsent(code, bestand);
            if (eerder != null) {
                fout(regel(node), pad + ".code", "gemeente " + code + " staat al in " + eerder);
            }
            return Optional.of(new Gemeente(code, naam, regio, outbox == null ? "ijw.out." + code : outbox,
                    "zelf".equals(retouren) ? Gemeente.RetourSchrijver.ZELF : Gemeente.RetourSchrijver.GATEWAY));
        }

        private Optional<Beleid> beleid(Node node, String pad, Set<String> regioGemeenten) {
            Map<String, Node> v = velden(node, pad, Set.of("code", "naam", "soort", "berichten", "gemeenten", "versies"));
            String code = tekst(v, node, pad, "code", true, "[A-Z0-9-]+");
            String naam = tekst(v, node, pad, "naam", true, null);
            String soortNaam = tekst(v, node, pad, "soort", true, null);
            Optional<BeleidsSoort> soort = soortNaam == null ? Optional.empty() : catalogus.soort(soortNaam);
            if (soortNaam != null && soort.isEmpty()) {
                fout(regel(v.get("soort")), pad + ".soort", "onbekende soort '" + soortNaam + "'; bekend zijn "
                        + catalogus.namen());
            }
            Set<BerichtType> berichten = EnumSet.noneOf(BerichtType.class);
            for (Node n : items(v.get("berichten"), pad + ".berichten")) {
                String naamBericht = scalar(n, pad + ".berichten");
                Optional<BerichtType> type = naamBericht == null ? Optional.empty() : parseType(naamBericht);
                if (type.isEmpty() || !type.get().isHeenbericht()) {
                    fout(regel(n), pad + ".berichten", "'" + naamBericht + "' is geen heenbericht (JW301, JW305, ...)");
                } else if (soort.isPresent() && !soort.get().berichten().contains(type.get())) {
                    fout(regel(n), pad + ".berichten", "soort " + soortNaam + " beoordeelt " + type.get() + " niet");
                } else {
                    berichten.add(type.get());
                }
            }
            if (berichten.isEmpty() && soort.isPresent()) {
                berichten.addAll(soort.get().berichten());
            }
            Set<String> gemeenten = new LinkedHashSet<>();
            for (Node n : items(v.get("gemeenten"), pad + ".gemeenten")) {
                String g = scalar(n, pad + ".gemeenten");
                if (g != null && !regioGemeenten.contains(g)) {
                    fout(regel(n), pad + ".gemeenten", "gemeente " + g + " hoort niet bij deze regio");
                } else if (g != null) {
                    gemeenten.add(g);
                }
            }
            if (gemeenten.isEmpty()) {
                gemeenten.addAll(regioGemeenten);
            }
            List<BeleidVersie> versies = new ArrayList<>();
            List<Node> versieNodes = items(v.get("versies"), pad + ".versies");
            if (versieNodes.isEmpty()) {
                fout(regel(node), pad + ".versies", "verplicht: ten minste één versie met geldig-van en actie");
            }
            for (int i = 0; i < versieNodes.size(); i++) {
                versie(versieNodes.get(i), pad + ".versies[" + (i + 1) + "]", soort).ifPresent(versies::add);
            }
            controleerOverlap(versies, node, pad);
            if (code != null) {
                String eerder = beleidIn.putIfAbsent(code, bestand);
                if (eerder != null) {
                    fout(regel(node), pad + ".code", "beleid " + code + " staat al in " + eerder);
                }
            }
            if (code == null || naam == null || soort.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Beleid(code, naam, soortNaam, Set.copyOf(berichten), Set.copyOf(gemeenten), List.copyOf(versies)));
        }

        private Optional<BeleidVersie> versie(Node node, String pad, Optional<BeleidsSoort> soort) {
            Map<String, Node> v = velden(node, pad, Set.of("geldig-van", "geldig-tot", "actie", "parameters"));
            LocalDate van = datum(v, node, pad, "geldig-van", true);
            LocalDate tot = datum(v, node, pad, "geldig-tot", false);
            String actieNaam = tekst(v, node, pad, "actie", true, "afwijzen|onderzoek|signaal|rapport");
            if (van != null && tot != null && tot.isBefore(van)) {
                fout(regel(v.get("geldig-tot")), pad + ".geldig-tot", "ligt vóór geldig-van " + van);
            }
            Map<String, Object> parameters = new LinkedHashMap<>();
            Node parameterNode = v.get("parameters");
            if (parameterNode != null) {
                Object waarde = waarde(parameterNode);
                if (waarde instanceof Map<?, ?> m) {
                    m.forEach((k, w) -> parameters.put(String.valueOf(k), w));
                } else {
                    fout(regel(parameterNode), pad + ".parameters", "moet een map zijn");
                }
            }
            if ("afwijzen".equals(actieNaam)) {
                Object reden = parameters.get(REDEN_AFWIJZING);
                if (reden == null || !String.valueOf(reden).matches("[1-9]")) {
                    fout(regel(parameterNode == null ? node : parameterNode), pad + ".parameters." + REDEN_AFWIJZING,
                            "verplicht bij actie afwijzen: een RedenAfwijzingVerzoek-code 1..9");
                }
            }
            Object terInformatie = parameters.get(TER_INFORMATIE_DOORSTUREN);
            if (terInformatie != null && !String.valueOf(terInformatie).matches("true|false")) {
                fout(regel(parameterNode), pad + ".parameters." + TER_INFORMATIE_DOORSTUREN, "true of false");
            }
            soort.ifPresent(s -> s.controleer(parameters).forEach(probleem ->
                    fout(regel(parameterNode == null ? node : parameterNode), pad + ".parameters." + probleem.split(":", 2)[0],
                            probleem.contains(":") ? probleem.split(":", 2)[1].trim() : probleem)));
            if (van == null || actieNaam == null) {
                return Optional.empty();
            }
            return Optional.of(new BeleidVersie(van, tot, Actie.valueOf(actieNaam.toUpperCase(Locale.ROOT)), parameters));
        }

        private void controleerOverlap(List<BeleidVersie> versies, Node node, String pad) {
            for (int i = 0; i < versies.size(); i++) {
                for (int j = i + 1; j < versies.size(); j++) {
                    BeleidVersie a = versies.get(i);
                    BeleidVersie b = versies.get(j);
                    boolean overlap = (a.geldigTot() == null || !b.geldigVan().isAfter(a.geldigTot()))
                            && (b.geldigTot() == null || !a.geldigVan().isAfter(b.geldigTot()));
                    if (overlap) {
                        fout(regel(node), pad + ".versies", "versies " + (i + 1) + " en " + (j + 1)
                                + " overlappen: op elke datum geldt hoogstens één versie");
                    }
                }
            }
        }

        private void leesAanbieders(Node lijst) {
            List<Node> items = items(lijst, "aanbieders");
            for (int i = 0; i < items.size(); i++) {
                Node node = items.get(i);
                String pad = "aanbieders[" + (i + 1) + "]";
                Map<String, Node> v = velden(node, pad, Set.of("agb", "naam", "regios", "segmenten", "outbox"));
                String agb = tekst(v, node, pad, "agb", true, "\\d{8}");
                String naam = tekst(v, node, pad, "naam", true, null);
                String outbox = tekst(v, node, pad, "outbox", false, "[A-Za-z0-9._-]+");
                List<String> regioCodes = new ArrayList<>();
                for (Node r : items(v.get("regios"), pad + ".regios")) {
                    String regio = scalar(r, pad + ".regios");
                    if (regio != null) {
                        regioCodes.add(regio);
                        String bestandNu = bestand;
                        latereControles.add(() -> {
                            if (regios.stream().noneMatch(x -> regio.equals(x.code()))) {
                                fouten.add(new Fout(bestandNu, regel(r), pad + ".regios", "onbekende regio '" + regio + "'"));
                            }
                        });
                    }
                }
                List<String> segmenten = new ArrayList<>();
                for (Node s : items(v.get("segmenten"), pad + ".segmenten")) {
                    Optional.ofNullable(scalar(s, pad + ".segmenten")).ifPresent(segmenten::add);
                }
                if (agb != null && naam != null) {
                    if (aanbieders.stream().anyMatch(a -> a.agb().equals(agb))) {
                        fout(regel(node), pad + ".agb", "aanbieder " + agb + " staat er al");
                    }
                    aanbieders.add(new Aanbieder(agb, naam, List.copyOf(regioCodes), List.copyOf(segmenten),
                            outbox == null ? "ijw.out." + agb : outbox));
                }
            }
        }

        void controleerSamenhang() {
            latereControles.forEach(Runnable::run);
            Set<String> codes = new HashSet<>();
            for (Regio r : regios) {
                if (r.code() != null && !codes.add(r.code())) {
                    fouten.add(new Fout("-", 0, "regio.code", "regio " + r.code() + " staat in meer dan één bestand"));
                }
            }
        }

        private Map<String, Node> velden(Node node, String pad, Set<String> toegestaan) {
            Map<String, Node> velden = new LinkedHashMap<>();
            if (!(node instanceof MappingNode map)) {
                if (node != null) {
                    fout(regel(node), pad, "hier hoort een map met velden");
                }
                return velden;
            }
            for (NodeTuple t : map.getValue()) {
                String sleutel = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
                if (!toegestaan.contains(sleutel)) {
                    fout(regel(t.getKeyNode()), pad.isEmpty() ? sleutel : pad + "." + sleutel,
                            "onbekend veld; toegestaan zijn " + new java.util.TreeSet<>(toegestaan));
                } else {
                    velden.put(sleutel, t.getValueNode());
                }
            }
            return velden;
        }

        private List<Node> items(Node node, String pad) {
            if (node == null) {
                return List.of();
            }
            if (node instanceof SequenceNode lijst) {
                return lijst.getValue();
            }
            fout(regel(node), pad, "hier hoort een lijst");
            return List.of();
        }

        private String tekst(Map<String, Node> velden, Node ouder, String pad, String veld, boolean verplicht, String patroon) {
            Node node = velden.get(veld);
            String volledig = pad.isEmpty() ? veld : pad + "." + veld;
            if (node == null) {
                if (verplicht) {
                    fout(regel(ouder), volledig, "verplicht veld ontbreekt");
                }
                return null;
            }
            String waarde = scalar(node, volledig);
            if (waarde != null && patroon != null && !waarde.matches(patroon)) {
                fout(regel(node), volledig, "'" + waarde + "' past niet bij " + patroon);
                return null;
            }
            return waarde;
        }

        private LocalDate datum(Map<String, Node> velden, Node ouder, String pad, String veld, boolean verplicht) {
            String waarde = tekst(velden, ouder, pad, veld, verplicht, null);
            if (waarde == null) {
                return null;
            }
            try {
                return LocalDate.parse(waarde);
            } catch (DateTimeParseException e) {
                fout(regel(velden.get(veld)), pad + "." + veld, "'" + waarde + "' is geen datum (jjjj-mm-dd)");
                return null;
            }
        }

        private String scalar(Node node, String pad) {
            if (node instanceof ScalarNode s) {
                return s.getValue();
            }
            fout(regel(node), pad, "hier hoort één waarde");
            return null;
        }

        private void fout(int regel, String veld, String melding) {
            fouten.add(new Fout(bestand, regel, veld, melding));
        }
    }

    /** Parameter values as plain text, lists and maps: each kind of policy reads its own types. */
    private static Object waarde(Node node) {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        if (node instanceof SequenceNode lijst) {
            return lijst.getValue().stream().map(RegioLader::waarde).toList();
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            map.put(String.valueOf(waarde(t.getKeyNode())), waarde(t.getValueNode()));
        }
        return map;
    }

    private static int regel(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static Optional<BerichtType> parseType(String naam) {
        try {
            return Optional.of(BerichtType.valueOf(naam));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
