package nl.ijw.gateway.referentie;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CBS municipality codes with the days each is valid (TR378): a code is valid on a day when that
 * day is on or after its geldig_vanaf (if any) and before its geldig_tot (if any).
 */
public final class Gemeentecodes {

    private record Geldigheid(String naam, Optional<LocalDate> vanaf, Optional<LocalDate> tot) {

        boolean op(LocalDate dag) {
            return vanaf.map(v -> !dag.isBefore(v)).orElse(true) && tot.map(dag::isBefore).orElse(true);
        }
    }

    private final Referentielijst lijst;
    private final Map<String, Geldigheid> codes = new HashMap<>();

    public Gemeentecodes(Referentielijst lijst) throws IOException {
        this.lijst = lijst;
        for (Map<String, String> rij : lijst.rijen()) {
            String code = Referentielijst.verplicht(lijst, rij, "code");
            if (!code.matches("\\d{4}")) {
                throw new IOException(lijst.naam() + ": gemeentecode " + code + " is geen vier cijfers");
            }
            Geldigheid g = new Geldigheid(rij.getOrDefault("naam", ""), datum(rij.get("geldig_vanaf")), datum(rij.get("geldig_tot")));
            if (codes.put(code, g) != null) {
                throw new IOException(lijst.naam() + ": gemeentecode " + code + " staat er twee keer in");
            }
        }
    }

    private Optional<LocalDate> datum(String waarde) throws IOException {
        if (waarde == null || waarde.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(waarde));
        } catch (DateTimeParseException e) {
            throw new IOException(lijst.naam() + ": " + waarde + " is geen datum (jjjj-mm-dd)", e);
        }
    }

    public boolean geldigOp(String code, LocalDate dag) {
        Geldigheid g = codes.get(code);
        return g != null && g.op(dag);
    }

    /** The municipality's name, when the code is in the list at all. */
    public Optional<String> naam(String code) {
        return Optional.ofNullable(codes.get(code)).map(Geldigheid::naam);
    }

    public Referentielijst lijst() {
        return lijst;
    }

    public int aantal() {
        return codes.size();
    }

    /** Codes of the list valid on this day, in order: for tests and the operators' overview. */
    public List<String> geldigOp(LocalDate dag) {
        return codes.entrySet().stream().filter(e -> e.getValue().op(dag)).map(Map.Entry::getKey).sorted().toList();
    }
}
