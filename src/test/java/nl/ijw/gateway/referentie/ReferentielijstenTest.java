package nl.ijw.gateway.referentie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

/** The shipped lists as the rules read them, and replacing a list without a rebuild. */
class ReferentielijstenTest {

    @TempDir
    Path map;

    private static Referentielijst lijst(String tekst) throws IOException {
        return Referentielijst.lees("test", new ByteArrayInputStream(tekst.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theShippedMunicipalityListHas342MunicipalitiesOnEachFirstOfJanuarySince2023() {
        Gemeentecodes codes = Referentielijsten.ingebouwd().gemeentecodes();

        // The counts CBS publishes for each 1 January.
        assertThat(codes.geldigOp(LocalDate.of(2015, 1, 1))).hasSize(393);
        assertThat(codes.geldigOp(LocalDate.of(2019, 1, 1))).hasSize(355);
        assertThat(codes.geldigOp(LocalDate.of(2022, 1, 1))).hasSize(345);
        assertThat(codes.geldigOp(LocalDate.of(2023, 1, 1))).hasSize(342);
        assertThat(codes.geldigOp(LocalDate.of(2026, 1, 1))).hasSize(342);
        assertThat(codes.lijst().versie()).contains("2025-01-01");
        assertThat(codes.naam("0150")).contains("Deventer");
    }

    @Test
    void theShippedProductListStatesItsVersionAndCategories() {
        Productcodes codes = Referentielijsten.ingebouwd().productcodes();

        assertThat(codes.versie()).isEqualTo("standaardproductcodelijst Jeugdwet, februari 2025");
        assertThat(codes.pastBij("45", "45A01")).isTrue();
        assertThat(codes.pastBij("43", "45A01")).isFalse();
        assertThat(codes.dekt("45")).isTrue();
        assertThat(codes.dekt("54")).isFalse();
    }

    @Test
    void aListIsReadWithItsPropertiesAndRefusedWhenMalformed() throws IOException {
        Referentielijst lijst = lijst("# lijst: x\n# versie: 7\n# a comment: with a colon\ncode\tnaam\n0150\tDeventer\n");
        assertThat(lijst.versie()).isEqualTo("7");
        assertThat(lijst.eigenschap("a comment")).isEmpty();
        assertThat(lijst.rijen()).containsExactly(java.util.Map.of("code", "0150", "naam", "Deventer"));

        assertThatThrownBy(() -> new Gemeentecodes(lijst("code\tnaam\tgeldig_vanaf\tgeldig_tot\n150\tDeventer\t\t\n")))
                .hasMessageContaining("geen vier cijfers");
        assertThatThrownBy(() -> new Gemeentecodes(lijst("code\tnaam\tgeldig_vanaf\tgeldig_tot\n0150\tDeventer\t1-1-2020\t\n")))
                .hasMessageContaining("geen datum");
        assertThatThrownBy(() -> new Productcodes(List.of(lijst("categorie\tproductcode\n45\t45A01\n"))))
                .hasMessageContaining("categorieen");
        assertThatThrownBy(() -> new Productcodes(List.of(lijst("# categorieen: 45\ncategorie\tproductcode\n43\t43A01\n"))))
                .hasMessageContaining("niet dekt");
    }

    @Test
    void aReplacedFileIsReadAgainAndABrokenOneLeavesTheListInUse() throws IOException {
        Path gemeenten = map.resolve("gemeenten.tsv");
        Path regionaal = map.resolve("regionaal.tsv");
        Files.writeString(gemeenten, "# versie: eerste\ncode\tnaam\tgeldig_vanaf\tgeldig_tot\n0150\tDeventer\t\t\n");
        Files.writeString(regionaal, "# versie: regio 1\n# categorieen: 45\ncategorie\tproductcode\n45\t45R01\n");
        Referentielijsten lijsten = new Referentielijsten(gemeenten.toUri().toString(),
                List.of(Referentielijsten.PRODUCTCODES, regionaal.toUri().toString()), new DefaultResourceLoader());
        assertThat(lijsten.productcodes().pastBij("45", "45R01")).as("a region's own code").isTrue();
        assertThat(lijsten.productcodes().pastBij("45", "45A01")).as("and the national ones").isTrue();
        assertThat(lijsten.productcodes().versie()).isEqualTo("standaardproductcodelijst Jeugdwet, februari 2025 + regio 1");

        Files.writeString(gemeenten, "# versie: tweede\ncode\tnaam\tgeldig_vanaf\tgeldig_tot\n0150\tDeventer\t\t\n0193\tZwolle\t\t\n");
        assertThat(lijsten.herlaad()).isEmpty();
        assertThat(lijsten.gemeentecodes().lijst().versie()).isEqualTo("tweede");
        assertThat(lijsten.gemeentecodes().geldigOp("0193", LocalDate.of(2026, 1, 1))).isTrue();

        Files.writeString(gemeenten, "# versie: kapot\ncode\tnaam\tgeldig_vanaf\tgeldig_tot\n0150\tDeventer\t\t\n0150\tDeventer\t\t\n");
        assertThat(lijsten.herlaad()).singleElement().asString().contains("twee keer");
        assertThat(lijsten.gemeentecodes().lijst().versie()).as("the previous list stays").isEqualTo("tweede");

        Files.writeString(gemeenten, "# versie: derde\ncode\tnaam\tgeldig_vanaf\tgeldig_tot\n0150\tDeventer\t\t\n");
        Files.delete(regionaal);
        assertThat(lijsten.herlaad()).singleElement().asString().contains("niet gevonden");
        assertThat(lijsten.productcodes().pastBij("45", "45R01")).isTrue();
        assertThat(lijsten.gemeentecodes().lijst().versie()).as("nothing of a refused read is used").isEqualTo("tweede");
    }
}
