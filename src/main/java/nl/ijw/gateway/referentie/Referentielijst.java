package nl.ijw.gateway.referentie;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A list from an external source (CBS municipality codes, a product code list) as the gateway
 * ships and reads it: a tab-separated file. Lines starting with {@code #} are comments; a comment
 * {@code # key: value} states a property of the list (lijst, versie, datum, bron, ...). The first
 * other line names the columns, each further line is one row.
 *
 * @param naam         where it was read from, for messages
 * @param eigenschappen the list's stated properties, such as versie and datum
 * @param rijen        the rows, each column by name
 */
public record Referentielijst(String naam, Map<String, String> eigenschappen, List<Map<String, String>> rijen) {

    public static Referentielijst lees(String naam, InputStream in) throws IOException {
        Map<String, String> eigenschappen = new LinkedHashMap<>();
        List<Map<String, String>> rijen = new ArrayList<>();
        String[] kolommen = null;
        BufferedReader lezer = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int nummer = 0;
        for (String regel = lezer.readLine(); regel != null; regel = lezer.readLine()) {
            nummer++;
            if (regel.isBlank()) {
                continue;
            }
            if (regel.startsWith("#")) {
                int dubbelepunt = regel.indexOf(':');
                String sleutel = dubbelepunt < 0 ? "" : regel.substring(1, dubbelepunt).trim();
                if (sleutel.matches("[a-z_]+")) {
                    eigenschappen.putIfAbsent(sleutel, regel.substring(dubbelepunt + 1).trim());
                }
                continue;
            }
            String[] velden = regel.split("\t", -1);
            if (kolommen == null) {
                kolommen = velden;
                continue;
            }
            if (velden.length > kolommen.length) {
                throw new IOException(naam + " regel " + nummer + ": " + velden.length + " velden, de kolommen zijn " + kolommen.length);
            }
            Map<String, String> rij = new LinkedHashMap<>();
            for (int i = 0; i < kolommen.length; i++) {
                rij.put(kolommen[i].trim(), i < velden.length ? velden[i].trim() : "");
            }
            rijen.add(rij);
        }
        if (kolommen == null) {
            throw new IOException(naam + ": geen kolomregel");
        }
        return new Referentielijst(naam, Map.copyOf(eigenschappen), List.copyOf(rijen));
    }

    public Optional<String> eigenschap(String sleutel) {
        return Optional.ofNullable(eigenschappen.get(sleutel)).filter(w -> !w.isEmpty());
    }

    /** The list's version as stated, for findings and the operators' overview. */
    public String versie() {
        return eigenschap("versie").orElse(naam);
    }

    /** The value of a column that must be filled in every row. */
    static String verplicht(Referentielijst lijst, Map<String, String> rij, String kolom) throws IOException {
        String waarde = rij.get(kolom);
        if (waarde == null || waarde.isEmpty()) {
            throw new IOException(lijst.naam() + ": kolom " + kolom + " ontbreekt of is leeg in " + rij);
        }
        return waarde;
    }
}
