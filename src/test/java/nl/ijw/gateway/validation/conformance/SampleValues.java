package nl.ijw.gateway.validation.conformance;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.ijw.gateway.validation.conformance.XsdModel.Facets;
import nl.ijw.gateway.validation.conformance.XsdModel.SimpleDef;

/**
 * Sample values for simple types plus a Java approximation of the XML Schema facets, used to pick values
 * that are (in)valid for a specific reason. The approximation only steers the generator; every verdict in
 * the conformance test comes from the real JAXP validators.
 *
 * <p>All personal data is invented: the BSN is in the test range and passes the 11-check.
 */
final class SampleValues {

    /** Test BSN: in the range 999900006..999999990 reserved for testing, passes the 11-check. */
    static final String TEST_BSN = "999911120";

    /** Hand-picked typical values per basisschema type (mostly types with patterns). */
    static final Map<String, String> TYPICAL = Map.ofEntries(
            Map.entry("LDT_BurgerServicenummer", TEST_BSN),
            Map.entry("LDT_AgbCode", "12345678"),
            Map.entry("LDT_Gemeente", "0599"),
            Map.entry("LDT_Datum", "2025-03-01"),
            Map.entry("LDT_Tijd", "09:30:00"),
            Map.entry("LDT_Versie", "0.1.0"),
            Map.entry("LDT_IdentificatieBericht", "TEST-000001"),
            Map.entry("LDT_Commentaar", "Testcommentaar zonder persoonsgegevens"),
            Map.entry("LDT_Naam", "Testpersoon"),
            Map.entry("LDT_Voorvoegsel", "van"),
            Map.entry("LDT_Voorletters", "TP"),
            Map.entry("LDT_Persoonsid", "REL-0001"),
            Map.entry("LDT_Organisatienaam", "Testorganisatie"),
            Map.entry("LDT_Emailadres", "test@example.org"),
            Map.entry("LDT_Telefoonnummer", "0201234567"),
            Map.entry("LDT_Landnummer", "0031"),
            Map.entry("LDT_Postcode", "9999ZZ"),
            Map.entry("LDT_Straatnaam", "Teststraat"),
            Map.entry("LDT_Plaatsnaam", "Teststad"),
            Map.entry("LDT_Huisnummer", "12"),
            Map.entry("LDT_Huisletter", "A"),
            Map.entry("LDT_HuisnummerToevoeging", "bis"),
            Map.entry("LDT_Taal", "Nederlands"),
            Map.entry("LDT_Referentie", "REF-TEST-0001"),
            Map.entry("LDT_Nummer", "12345"),
            Map.entry("LDT_ProductCode", "45A01"),
            Map.entry("LDT_NaamVerwijzer", "Testhuisarts"),
            Map.entry("LDT_Budget", "1500"),
            Map.entry("LDT_Volume", "4"),
            Map.entry("LDT_RelatieVolgorde", "1"));

    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private SampleValues() {
    }

    /** Standard 11-check for a BSN (weights 9..2 and -1). */
    static boolean passesElfproef(String bsn) {
        if (!bsn.matches("[0-9]{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (bsn.charAt(i) - '0');
        }
        sum -= bsn.charAt(8) - '0';
        return sum % 11 == 0;
    }

    /**
     * A valid value for the type: the hand-picked one, else the first enumeration value, else a literal
     * pattern, else a generic value. Fails when none satisfies the facets, so that a new pattern type gets a
     * hand-picked entry in {@link #TYPICAL}. Enumerated elements always get their FIRST value, so that a
     * missing enumeration value shows up only in the variants that use it.
     */
    static String validValue(SimpleDef type) {
        Facets f = type.facets();
        List<String> candidates = new ArrayList<>();
        String named = namedType(type);
        if (named != null && TYPICAL.containsKey(named)) {
            candidates.add(TYPICAL.get(named));
        }
        if (f.enumerations != null) {
            candidates.addAll(f.enumerations);
        }
        for (List<String> step : f.patternSteps) {
            for (String p : step) {
                if (isLiteral(p)) {
                    candidates.add(p);
                }
            }
        }
        switch (f.builtin) {
            case "integer" -> {
                BigDecimal lo = f.minInclusive == null ? BigDecimal.ZERO : f.minInclusive;
                candidates.add(lo.add(BigDecimal.ONE).toPlainString());
                candidates.add(lo.toPlainString());
            }
            case "date" -> candidates.add("2025-03-01");
            case "time" -> candidates.add("09:30:00");
            default -> {
                candidates.add("Test");
                candidates.add("T");
                candidates.add("1");
            }
        }
        for (String c : candidates) {
            if (isValid(f, c)) {
                return c;
            }
        }
        throw new IllegalStateException("No valid sample value for simple type " + describe(type)
                + "; add a hand-picked value to SampleValues.TYPICAL");
    }

    /** Name of the nearest named type in the derivation chain (anonymous steps are skipped). */
    static String namedType(SimpleDef type) {
        for (SimpleDef t = type; t != null; t = t.base) {
            if (t.name != null && !XsdModel.XS.equals(t.name.ns())) {
                return t.name.local();
            }
        }
        return null;
    }

    static String describe(SimpleDef type) {
        String named = namedType(type);
        return (named == null ? "(anonymous)" : named) + " " + type.facets().canonical();
    }

    static boolean isLiteral(String pattern) {
        return pattern.matches("[A-Za-z0-9 _-]*");
    }

    // ---------------------------------------------------------------- facet approximation

    /** Value after whitespace normalisation (string: preserve unless a whiteSpace facet says otherwise). */
    static String normalized(Facets f, String value) {
        String ws = f.whiteSpace != null ? f.whiteSpace : "string".equals(f.builtin) ? "preserve" : "collapse";
        return switch (ws) {
            case "preserve" -> value;
            case "replace" -> value.replaceAll("[\t\n\r]", " ");
            default -> value.replaceAll("[ \t\n\r]+", " ").strip();
        };
    }

    static boolean isValid(Facets f, String value) {
        return lexicalOk(f, value) && lengthOk(f, value) && enumOk(f, value) && rangeOk(f, value) && patternsOk(f, value);
    }

    static boolean lexicalOk(Facets f, String value) {
        String v = normalized(f, value);
        switch (f.builtin) {
            case "string":
                return true;
            case "integer":
                return v.matches("[+-]?[0-9]+");
            case "date": {
                Matcher m = Pattern.compile("(-?[0-9]{4,})-([0-9]{2})-([0-9]{2})(Z|[+-][0-9]{2}:[0-9]{2})?").matcher(v);
                if (!m.matches()) {
                    return false;
                }
                try {
                    LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                    return true;
                } catch (DateTimeException | NumberFormatException e) {
                    return false;
                }
            }
            case "time": {
                Matcher m = Pattern.compile("([0-9]{2}):([0-9]{2}):([0-9]{2})(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?").matcher(v);
                return m.matches() && Integer.parseInt(m.group(1)) < 24 && Integer.parseInt(m.group(2)) < 60
                        && Integer.parseInt(m.group(3)) < 60;
            }
            default:
                throw new IllegalStateException("unsupported built-in " + f.builtin);
        }
    }

    static boolean lengthOk(Facets f, String value) {
        if (!"string".equals(f.builtin)) {
            return true; // length facets are only used on xs:string here
        }
        int len = normalized(f, value).codePointCount(0, normalized(f, value).length());
        return (f.minLength == null || len >= f.minLength) && (f.maxLength == null || len <= f.maxLength);
    }

    static boolean enumOk(Facets f, String value) {
        if (f.enumerations == null) {
            return true;
        }
        String v = normalized(f, value);
        if ("integer".equals(f.builtin)) {
            if (!lexicalOk(f, value)) {
                return false;
            }
            BigInteger x = new BigInteger(v.startsWith("+") ? v.substring(1) : v);
            return f.enumerations.stream().anyMatch(e -> new BigInteger(e).equals(x));
        }
        return f.enumerations.contains(v);
    }

    static boolean rangeOk(Facets f, String value) {
        if (f.minInclusive == null && f.maxInclusive == null) {
            return true;
        }
        if (!lexicalOk(f, value)) {
            return false;
        }
        String v = normalized(f, value);
        BigDecimal x = new BigDecimal(v.startsWith("+") ? v.substring(1) : v);
        return (f.minInclusive == null || x.compareTo(f.minInclusive) >= 0)
                && (f.maxInclusive == null || x.compareTo(f.maxInclusive) <= 0);
    }

    static boolean patternsOk(Facets f, String value) {
        String v = normalized(f, value);
        for (List<String> step : f.patternSteps) {
            boolean any = false;
            for (String p : step) {
                if (COMPILED.computeIfAbsent(p, SampleValues::toJavaRegex).matcher(v).matches()) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    /**
     * XML Schema regular expressions are implicitly anchored (hence {@code matches()}) and, for the constructs
     * used in iJw, otherwise read the same in java.util.regex. Java's \s also covers U+000B and U+000C, but
     * those characters cannot occur in XML 1.0 content, so \s and \S agree on every possible value.
     */
    private static Pattern toJavaRegex(String xsdPattern) {
        return Pattern.compile(xsdPattern);
    }

    /** Distinct, order-preserving list. */
    static List<String> distinct(List<String> values) {
        Set<String> set = new LinkedHashSet<>(values);
        return new ArrayList<>(set);
    }
}
