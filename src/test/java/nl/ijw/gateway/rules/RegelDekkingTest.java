package nl.ijw.gateway.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.ijw.gateway.bericht.BerichtType;
import org.junit.jupiter.api.Test;

/**
 * Which rules of the official catalogue the gateway applies, checked against that catalogue
 * ({@code ../shared/reference/ijw-3.2/REGELS.md}): every CD, CS and TR rule for the messages the
 * gateway carries is implemented or not applicable with a reason, and
 * the rule table in {@code docs/regels.md} is the one the code gives.
 * Regenerate the table with {@code mvn test -Dtest=RegelDekkingTest -Dregels.schrijf=true}.
 */
class RegelDekkingTest {

    private static final Path CATALOGUS = Path.of(System.getProperty("ijw.reference.dir", "../shared/reference/ijw-3.2"))
            .resolve("REGELS.md");
    private static final Path TABEL = Path.of("docs", "regels.md");
    private static final Set<String> BERICHTEN = Set.of("301", "302", "305", "306", "307", "308", "315", "316", "317",
            "318", "319", "320");

    /** Rules of the catalogue for these messages that no rule class applies, and why. */
    private static final Map<String, String> NIET_VAN_TOEPASSING = Map.of(
            "TR385", "needs approved claims (JW323/JW325 declarations), which do not pass through the gateway",
            "CS015", "checked by the schema: each message schema restricts BerichtSubversie to 2 (finding XSD)",
            "CS025", "checked by the schema: each message schema restricts BerichtVersie to 3 (finding XSD)");

    private final RegelCatalogus catalogus = new RegelCatalogus(Clock.systemUTC());

    /** Code → the message numbers of the catalogue's rows for the gateway's messages (WMO rows count as JW). */
    private static Map<String, Set<String>> vanToepassing() throws IOException {
        assertThat(CATALOGUS).as("de regelcatalogus van de referentie").exists();
        Map<String, Set<String>> regels = new TreeMap<>();
        Pattern berichtnummer = Pattern.compile("(?:JW|WMO)(\\d{3})");
        for (String regel : Files.readAllLines(CATALOGUS, StandardCharsets.UTF_8)) {
            String[] kolommen = regel.split("\\|");
            if (kolommen.length < 5 || !kolommen[1].trim().matches("(TR|CD|CS)\\d{3}")) {
                continue;
            }
            String code = kolommen[1].trim();
            // TR rows: | code | level | retourcode | messages |; CD/CS rows: | code | type | message | ...
            Matcher m = berichtnummer.matcher(code.startsWith("TR") ? kolommen[4] : kolommen[3]);
            while (m.find()) {
                if (BERICHTEN.contains(m.group(1))) {
                    regels.computeIfAbsent(code, c -> new TreeSet<>()).add(m.group(1));
                }
            }
        }
        return regels;
    }

    private Set<String> geïmplementeerd() {
        return catalogus.regels().stream().map(Regel::code).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyRuleForTheseMessagesIsImplementedOrNotApplicable() throws IOException {
        Map<String, Set<String>> regels = vanToepassing();
        Set<String> geïmplementeerd = geïmplementeerd();

        assertThat(regels).as("de catalogus is gelezen").hasSizeGreaterThan(50);
        Set<String> onverklaard = new TreeSet<>(regels.keySet());
        onverklaard.removeAll(geïmplementeerd);
        onverklaard.removeAll(NIET_VAN_TOEPASSING.keySet());
        assertThat(onverklaard).as("regels zonder implementatie of reden").isEmpty();
        assertThat(regels.keySet()).as("niet van toepassing maar niet in de catalogus").containsAll(NIET_VAN_TOEPASSING.keySet());
        assertThat(geïmplementeerd).as("geïmplementeerd én niet van toepassing").doesNotContainAnyElementsOf(NIET_VAN_TOEPASSING.keySet());
    }

    @Test
    void theRuleTableInTheDocsIsTheOneTheCodeGives() throws IOException {
        StringBuilder tabel = new StringBuilder("""
                # Rules the gateway applies

                Generated from `RegelCatalogus` by `RegelDekkingTest` (do not edit by hand; regenerate with
                `mvn test -Dtest=RegelDekkingTest -Dregels.schrijf=true`). The rule texts are in the official
                iJw 3.2 catalogue; "berichtoverstijgend" rules read the journal's state.

                | code | retourcode | messages | class |
                |---|---|---|---|
                """);
        catalogus.regels().stream().sorted(java.util.Comparator.comparing(Regel::code)).forEach(r -> tabel.append("| ")
                .append(r.code()).append(" | ").append(r.retourcode()).append(" | ")
                .append(r.berichten().stream().map(BerichtType::name).sorted().collect(Collectors.joining(", ")))
                .append(" | `").append(r.getClass().getSimpleName()).append("` |\n"));
        tabel.append("\nNot applicable to the messages the gateway carries:\n\n");
        new TreeMap<>(NIET_VAN_TOEPASSING).forEach((code, reden) -> tabel.append("- ").append(code).append(": ").append(reden).append('\n'));
        if (Boolean.getBoolean("regels.schrijf")) {
            Files.createDirectories(TABEL.getParent());
            Files.writeString(TABEL, tabel, StandardCharsets.UTF_8);
        }
        assertThat(TABEL).as("docs/regels.md; regenerate it (see the class)").exists();
        assertThat(Files.readString(TABEL, StandardCharsets.UTF_8)).isEqualTo(tabel.toString());
    }
}
