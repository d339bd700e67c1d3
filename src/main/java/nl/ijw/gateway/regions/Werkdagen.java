package nl.ijw.gateway.regions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Dutch working days, for deadlines that the working agreements count in working days (IJsselland
 * 001-I2: a crisis follow-up requested within 5 working days; later OP090's retour within 3).
 *
 * <p>A working day is Monday to Friday, except the days the Algemene termijnenwet (Atw) treats as
 * public holidays, because that is the list Dutch law uses when it counts days in working days:
 * <ul>
 *   <li>art. 3 lid 1: Nieuwjaarsdag (1 January), Tweede Paasdag, Hemelvaartsdag, Tweede Pinksterdag,
 *       the day the King's birthday is celebrated, Bevrijdingsdag (5 May, every year, not only in
 *       lustrum years) and Eerste and Tweede Kerstdag (25 and 26 December);</li>
 *   <li>art. 3 lid 2: Goede Vrijdag, which the Atw equates with those days. It is not a day off for
 *       everyone, but it is one for legal deadlines, and counting it makes a deadline a day more
 *       lenient: right for checks that only signal.</li>
 * </ul>
 * Paaszondag and Pinksterzondag are Sundays. A holiday on a weekend is not moved to a weekday: the
 * Netherlands has no substitute days. The King's birthday is celebrated on 27 April, or on Saturday
 * 26 April when the 27th is a Sunday (from 2014); before 2014 the Queen's on 30 April, or on 29 April
 * when the 30th is a Sunday (the rule from 1980; earlier years are out of the message traffic's reach).
 *
 * <p>Not built in: the days a royal decree under art. 3 lid 3 equates for a few years at a time
 * (bridge days such as the Friday after Ascension). They are announced in the Staatscourant every
 * three years; pass them to {@link #Werkdagen(Collection)} when a region wants them counted.
 */
public final class Werkdagen {

    private final Set<LocalDate> gelijkgesteldeDagen;
    private final Map<Integer, Set<LocalDate>> feestdagenPerJaar = new ConcurrentHashMap<>();

    /** Working days with the Atw's public holidays only. */
    public Werkdagen() {
        this(Set.of());
    }

    /** Working days that also skip these days (Atw art. 3 lid 3 decrees, or a region's own closing days). */
    public Werkdagen(Collection<LocalDate> gelijkgesteldeDagen) {
        this.gelijkgesteldeDagen = Set.copyOf(gelijkgesteldeDagen);
    }

    public boolean isWerkdag(LocalDate datum) {
        DayOfWeek dag = datum.getDayOfWeek();
        return dag != DayOfWeek.SATURDAY && dag != DayOfWeek.SUNDAY && !isFeestdag(datum);
    }

    /** Whether the date is a public holiday in the Atw's sense (or an equated day), whatever its weekday. */
    public boolean isFeestdag(LocalDate datum) {
        return gelijkgesteldeDagen.contains(datum) || feestdagen(datum.getYear()).contains(datum);
    }

    /** The Atw's public holidays of a year, weekend days included. */
    public Set<LocalDate> feestdagen(int jaar) {
        return feestdagenPerJaar.computeIfAbsent(jaar, Werkdagen::berekenFeestdagen);
    }

    /**
     * The working days after {@code van} up to and including {@code tot}: from Friday to the next
     * Monday is 1, from a date to itself 0. Counted the same way backwards and then negative: the
     * working days from {@code tot} up to, not including, {@code van}. So {@code van} never counts and
     * {@code tot} does, in both directions, and {@code werkdagenTussen(d, plusWerkdagen(d, n)) == n}.
     */
    public int werkdagenTussen(LocalDate van, LocalDate tot) {
        int stap = tot.isBefore(van) ? -1 : 1;
        int aantal = 0;
        for (LocalDate d = van; !d.equals(tot); ) {
            d = d.plusDays(stap);
            if (isWerkdag(d)) {
                aantal += stap;
            }
        }
        return aantal;
    }

    /**
     * The {@code n}-th working day after {@code datum} (before it when {@code n} is negative); the date
     * itself for 0, even when that is not a working day. Three working days after Friday is Wednesday.
     */
    public LocalDate plusWerkdagen(LocalDate datum, int n) {
        int stap = n < 0 ? -1 : 1;
        LocalDate d = datum;
        for (int over = Math.abs(n); over > 0; ) {
            d = d.plusDays(stap);
            if (isWerkdag(d)) {
                over--;
            }
        }
        return d;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous computus of Meeus/Jones/Butcher). */
    public static LocalDate paaszondag(int jaar) {
        int a = jaar % 19;
        int b = jaar / 100;
        int c = jaar % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int maand = (h + l - 7 * m + 114) / 31;
        int dag = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(jaar, maand, dag);
    }

    /** The day the King's (before 2014 the Queen's) birthday is celebrated: never on a Sunday. */
    public static LocalDate koningsdag(int jaar) {
        LocalDate verjaardag = jaar >= 2014 ? LocalDate.of(jaar, Month.APRIL, 27) : LocalDate.of(jaar, Month.APRIL, 30);
        return verjaardag.getDayOfWeek() == DayOfWeek.SUNDAY ? verjaardag.minusDays(1) : verjaardag;
    }

    private static Set<LocalDate> berekenFeestdagen(int jaar) {
        LocalDate pasen = paaszondag(jaar);
        // Stream, not Set.of: days may coincide (Hemelvaartsdag was 5 May in 2016).
        return Stream.of(
                        LocalDate.of(jaar, Month.JANUARY, 1),
                        pasen.minusDays(2),
                        pasen.plusDays(1),
                        koningsdag(jaar),
                        LocalDate.of(jaar, Month.MAY, 5),
                        pasen.plusDays(39),
                        pasen.plusDays(50),
                        LocalDate.of(jaar, Month.DECEMBER, 25),
                        LocalDate.of(jaar, Month.DECEMBER, 26))
                .collect(Collectors.toUnmodifiableSet());
    }
}
