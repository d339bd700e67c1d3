package nl.ijw.gateway.validation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import nl.ijw.gateway.Voorbeelden;

/**
 * How much the rules add to validation: a JW301 of about 8 KB validated with every rule against the
 * same message through the file checks and the schema alone (parsing into the DOM the rules read).
 * Not a test: run it with {@code bench/validatie.sh}. Single thread, one JVM; the two variants take
 * turns for a fixed time each, round after round, so drift of the machine hits both alike. Reports
 * the median of the rounds. Rules that span messages run against an empty history (no journal):
 * their database look-ups are the journal's cost, measured by {@code bench/run.sh --compare-journal}.
 *
 * <p>Arguments: [rounds (default 10)] [seconds per variant per round (default 3)] [warm-up seconds (default 20)].
 */
public final class ValidatieBenchmark {

    private static final int DOEL_GROOTTE = 8 * 1024;

    private ValidatieBenchmark() {
    }

    public static void main(String[] args) {
        int rondes = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        double seconden = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        double opwarmen = args.length > 2 ? Double.parseDouble(args[2]) : 20;

        byte[] bericht = jw301VanOngeveer8Kb();
        BestandsControle controle = new BestandsControle(25L * 1024 * 1024);
        BerichtLezer lezer = new BerichtLezer(Voorbeelden.SCHEMAS);
        Validatie validatie = Voorbeelden.validatie();
        Validatie.Rapport rapport = validatie.valideer(bericht);
        if (!rapport.geldig()) {
            throw new IllegalStateException("the benchmark message has findings: " + rapport.bevindingen());
        }
        ToIntFunction<byte[]> alleenXsd = b -> {
            if (controle.controleer(b).isPresent()) {
                throw new IllegalStateException("file check refused the message");
            }
            return lezer.lees(b).xsdBevindingen().size();
        };
        ToIntFunction<byte[]> alleRegels = b -> validatie.valideer(b).bevindingen().size();

        System.out.printf(Locale.ROOT, "JW301 of %d bytes, %d rounds of %.1f s per variant, %.0f s warm-up%n",
                bericht.length, rondes, seconden, opwarmen);
        meet(alleenXsd, bericht, opwarmen / 2);
        meet(alleRegels, bericht, opwarmen / 2);

        List<double[]> metingen = new ArrayList<>();
        for (int r = 1; r <= rondes; r++) {
            double xsd = meet(alleenXsd, bericht, seconden);
            double regels = meet(alleRegels, bericht, seconden);
            metingen.add(new double[] {xsd, regels, regels / xsd});
            System.out.printf(Locale.ROOT, "round %2d: schema only %8.1f µs, all rules %8.1f µs, ratio %.2f%n", r, xsd, regels, regels / xsd);
        }
        System.out.printf(Locale.ROOT, "median:   schema only %8.1f µs, all rules %8.1f µs, ratio %.2f (target: at most 2.00)%n",
                mediaan(metingen, 0), mediaan(metingen, 1), mediaan(metingen, 2));
    }

    /** Microseconds per validation, over this many seconds. */
    private static double meet(ToIntFunction<byte[]> variant, byte[] bericht, double seconden) {
        long einde = System.nanoTime() + (long) (seconden * 1e9);
        long begin = System.nanoTime();
        long aantal = 0;
        int tegenOptimalisatie = 0;
        while (System.nanoTime() < einde) {
            tegenOptimalisatie += variant.applyAsInt(bericht);
            aantal++;
        }
        if (tegenOptimalisatie < 0) {
            System.out.println(tegenOptimalisatie);
        }
        return (System.nanoTime() - begin) / 1e3 / aantal;
    }

    private static double mediaan(List<double[]> metingen, int kolom) {
        double[] waarden = metingen.stream().mapToDouble(m -> m[kolom]).sorted().toArray();
        int n = waarden.length;
        return n % 2 == 1 ? waarden[n / 2] : (waarden[n / 2 - 1] + waarden[n / 2]) / 2;
    }

    /** The large sample JW301, its last allocations left off until it is at most 8 KB. */
    static byte[] jw301VanOngeveer8Kb() {
        String xml = Voorbeelden.tekst("JW301-groot.xml");
        while (xml.getBytes(StandardCharsets.UTF_8).length > DOEL_GROOTTE) {
            int laatste = xml.lastIndexOf("<ToegewezenProduct>");
            int eind = xml.indexOf("</ToegewezenProduct>", laatste) + "</ToegewezenProduct>".length();
            xml = xml.substring(0, xml.lastIndexOf('\n', laatste) + 1) + xml.substring(xml.indexOf('\n', eind) + 1);
        }
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
