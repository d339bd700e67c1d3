package nl.ijw.gateway.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dutch working days: Monday to Friday without the Algemene termijnenwet's public holidays. */
class WerkdagenTest {

    private final Werkdagen werkdagen = new Werkdagen();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
            "2000, 2000-04-23", "2008, 2008-03-23", "2011, 2011-04-24", "2016, 2016-03-27", "2019, 2019-04-21",
            "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2030, 2030-04-21",
            // the latest and the earliest possible dates
            "2038, 2038-04-25", "2285, 2285-03-22"})
    void easterFollowsTheGregorianComputus(int jaar, String pasen) {
        assertThat(Werkdagen.paaszondag(jaar)).isEqualTo(d(pasen));
    }

    @Test
    void publicHolidaysOf2025() {
        assertThat(werkdagen.feestdagen(2025)).containsExactlyInAnyOrder(
                d("2025-01-01"), // Nieuwjaarsdag
                d("2025-04-18"), // Goede Vrijdag (Atw art. 3 lid 2)
                d("2025-04-21"), // Tweede Paasdag
                d("2025-04-26"), // Koningsdag, a day early: 27 April 2025 is a Sunday
                d("2025-05-05"), // Bevrijdingsdag
                d("2025-05-29"), // Hemelvaartsdag
                d("2025-06-09"), // Tweede Pinksterdag
                d("2025-12-25"), d("2025-12-26"));
    }

    @Test
    void publicHolidaysOf2026() {
        assertThat(werkdagen.feestdagen(2026)).containsExactlyInAnyOrder(
                d("2026-01-01"), d("2026-04-03"), d("2026-04-06"), d("2026-04-27"), d("2026-05-05"),
                d("2026-05-14"), d("2026-05-25"), d("2026-12-25"), d("2026-12-26"));
    }

    @Test
    void holidaysFallingOnTheSameDayAreCountedOnce() {
        // Easter 2016 was 27 March, so Hemelvaartsdag fell on Bevrijdingsdag.
        assertThat(werkdagen.feestdagen(2016)).contains(d("2016-05-05")).hasSize(8);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2025-04-18, Goede Vrijdag", "2025-04-21, Tweede Paasdag", "2025-05-05, Bevrijdingsdag on a Monday",
            "2025-05-29, Hemelvaartsdag", "2025-06-09, Tweede Pinksterdag", "2025-12-25, Eerste Kerstdag",
            "2025-12-26, Tweede Kerstdag", "2026-01-01, Nieuwjaarsdag", "2026-04-27, Koningsdag on a Monday",
            "2026-05-05, Bevrijdingsdag in a non-lustrum year", "2026-05-14, Hemelvaartsdag 2026",
            "2026-05-25, Tweede Pinksterdag 2026"})
    void weekdayHolidaysAreNoWorkingDays(String datum, String naam) {
        assertThat(d(datum).getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(werkdagen.isWerkdag(d(datum))).as(naam).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2025-04-17, Witte Donderdag", "2025-04-22, the Tuesday after Easter",
            "2025-04-28, the Monday after Koningsdag on Saturday: no substitute day",
            "2025-05-30, the Friday after Hemelvaartsdag (a bridge day only by decree)",
            "2026-05-04, Dodenherdenking", "2027-12-24, Christmas Eve",
            "2027-12-27, the Monday after Christmas on a weekend: no substitute day",
            "2026-12-31, Oudejaarsdag"})
    void ordinaryWeekdaysAroundHolidaysAreWorkingDays(String datum, String naam) {
        assertThat(werkdagen.isWerkdag(d(datum))).as(naam).isTrue();
    }

    @Test
    void weekendsAreNoWorkingDays() {
        assertThat(werkdagen.isWerkdag(d("2026-11-07"))).isFalse();
        assertThat(werkdagen.isWerkdag(d("2026-11-08"))).isFalse();
        assertThat(werkdagen.isWerkdag(d("2026-11-06"))).isTrue();
        assertThat(werkdagen.isWerkdag(d("2026-11-09"))).isTrue();
    }

    @Test
    void koningsdagMovesToSaturdayWhenTheBirthdayIsASunday() {
        assertThat(Werkdagen.koningsdag(2025)).isEqualTo(d("2025-04-26"));
        assertThat(Werkdagen.koningsdag(2014)).isEqualTo(d("2014-04-26"));
        assertThat(Werkdagen.koningsdag(2026)).isEqualTo(d("2026-04-27"));
        // Koninginnedag before 2014
        assertThat(Werkdagen.koningsdag(2013)).isEqualTo(d("2013-04-30"));
        assertThat(Werkdagen.koningsdag(2006)).isEqualTo(d("2006-04-29"));
        assertThat(werkdagen.isWerkdag(d("2013-04-30"))).isFalse();
        assertThat(werkdagen.isWerkdag(d("2014-04-30"))).isTrue();
    }

    @Test
    void aWholeYearHasItsWeekdaysMinusItsWeekdayHolidays() {
        // 2026: 261 weekdays, 8 holidays on a weekday (26 December is a Saturday)
        assertThat(werkdagen.werkdagenTussen(d("2025-12-31"), d("2026-12-31"))).isEqualTo(253);
        // 2027: 261 weekdays, 7 holidays on a weekday (both Christmas days in the weekend)
        assertThat(werkdagen.werkdagenTussen(d("2026-12-31"), d("2027-12-31"))).isEqualTo(254);
    }

    @Test
    void workingDaysBetweenCountAfterTheStartUpToAndIncludingTheEnd() {
        assertThat(werkdagen.werkdagenTussen(d("2026-11-02"), d("2026-11-02"))).isZero();
        assertThat(werkdagen.werkdagenTussen(d("2026-11-02"), d("2026-11-03"))).isEqualTo(1);
        assertThat(werkdagen.werkdagenTussen(d("2026-11-06"), d("2026-11-09"))).isEqualTo(1);
        assertThat(werkdagen.werkdagenTussen(d("2026-11-06"), d("2026-11-08"))).isZero();
        assertThat(werkdagen.werkdagenTussen(d("2026-11-02"), d("2026-11-09"))).isEqualTo(5);
        assertThat(werkdagen.werkdagenTussen(d("2026-11-07"), d("2026-11-13"))).isEqualTo(5);
    }

    @Test
    void workingDaysBetweenSkipEasterAndChristmas() {
        // Goede Vrijdag, the weekend and Tweede Paasdag 2026 lie between Thursday and Tuesday.
        assertThat(werkdagen.werkdagenTussen(d("2026-04-02"), d("2026-04-07"))).isEqualTo(1);
        // Christmas 2025 on Thursday and Friday, then the weekend.
        assertThat(werkdagen.werkdagenTussen(d("2025-12-24"), d("2025-12-29"))).isEqualTo(1);
        // Across the turn of the year: Nieuwjaarsdag 2026 is a Thursday.
        assertThat(werkdagen.werkdagenTussen(d("2025-12-31"), d("2026-01-02"))).isEqualTo(1);
    }

    @Test
    void workingDaysBetweenAreNegativeWhenTheEndLiesBeforeTheStart() {
        assertThat(werkdagen.werkdagenTussen(d("2026-11-09"), d("2026-11-02"))).isEqualTo(-5);
        assertThat(werkdagen.werkdagenTussen(d("2026-11-09"), d("2026-11-06"))).isEqualTo(-1);
        // from Saturday back to Friday the Friday counts; forward from Friday the Saturday does not
        assertThat(werkdagen.werkdagenTussen(d("2026-11-07"), d("2026-11-06"))).isEqualTo(-1);
        assertThat(werkdagen.werkdagenTussen(d("2026-11-06"), d("2026-11-07"))).isZero();
    }

    @Test
    void plusWorkingDaysSkipsWeekendsAndHolidays() {
        assertThat(werkdagen.plusWerkdagen(d("2026-11-06"), 3)).isEqualTo(d("2026-11-11"));
        assertThat(werkdagen.plusWerkdagen(d("2026-11-02"), 5)).isEqualTo(d("2026-11-09"));
        assertThat(werkdagen.plusWerkdagen(d("2026-04-02"), 1)).isEqualTo(d("2026-04-07"));
        assertThat(werkdagen.plusWerkdagen(d("2026-05-13"), 1)).isEqualTo(d("2026-05-15"));
        assertThat(werkdagen.plusWerkdagen(d("2025-12-24"), 3)).isEqualTo(d("2025-12-31"));
        assertThat(werkdagen.plusWerkdagen(d("2025-12-24"), 4)).isEqualTo(d("2026-01-02"));
    }

    @Test
    void plusZeroWorkingDaysIsTheDateItselfEvenOnASunday() {
        assertThat(werkdagen.plusWerkdagen(d("2026-11-08"), 0)).isEqualTo(d("2026-11-08"));
    }

    @Test
    void negativeWorkingDaysGoBack() {
        assertThat(werkdagen.plusWerkdagen(d("2026-04-07"), -1)).isEqualTo(d("2026-04-02"));
        assertThat(werkdagen.plusWerkdagen(d("2026-11-07"), -1)).isEqualTo(d("2026-11-06"));
        assertThat(werkdagen.plusWerkdagen(d("2026-11-09"), -5)).isEqualTo(d("2026-11-02"));
    }

    @Test
    void countingAndAddingAgreeOnEveryDayOfTwoYears() {
        for (LocalDate datum = d("2025-01-01"); datum.isBefore(d("2027-01-01")); datum = datum.plusDays(1)) {
            for (int n = -12; n <= 12; n++) {
                LocalDate uitkomst = werkdagen.plusWerkdagen(datum, n);
                assertThat(werkdagen.werkdagenTussen(datum, uitkomst)).as("%s %+d", datum, n).isEqualTo(n);
                if (n != 0) {
                    assertThat(werkdagen.isWerkdag(uitkomst)).as("%s %+d", datum, n).isTrue();
                }
            }
        }
    }

    @Test
    void daysEquatedByDecreeCanBeAdded() {
        // e.g. the Friday after Hemelvaartsdag, equated with a public holiday under Atw art. 3 lid 3
        Werkdagen metBrugdag = new Werkdagen(List.of(d("2026-05-15")));

        assertThat(metBrugdag.isWerkdag(d("2026-05-15"))).isFalse();
        assertThat(metBrugdag.isFeestdag(d("2026-05-15"))).isTrue();
        assertThat(metBrugdag.plusWerkdagen(d("2026-05-13"), 1)).isEqualTo(d("2026-05-18"));
        assertThat(werkdagen.isWerkdag(d("2026-05-15"))).isTrue();
    }
}
