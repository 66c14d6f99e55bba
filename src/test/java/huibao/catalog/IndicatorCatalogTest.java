package huibao.catalog;

import huibao.config.Dictionaries;
import huibao.model.BaseUnit;
import huibao.model.RegionLevel;
import huibao.model.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndicatorCatalogTest {

    private static final Catalogs PACKAGED = Catalogs.load(Dictionaries.packaged());

    @TempDir
    Path folder;

    @Test
    void findsTheIndicatorOfEachRoleInTheRolesColumn() {
        IndicatorCatalog c = PACKAGED.indicators();
        assertEquals("fdi_actual", c.byRole(Role.FOREIGN_AMOUNT).id());
        assertEquals("fdi_enterprises_new", c.byRole(Role.FOREIGN_COUNT).id());
        assertEquals("projects_signed", c.byRole(Role.PROJECT_COUNT).id());
        assertEquals("land_area", c.byRole(Role.AREA).id());
    }

    @Test
    void readsARowIntoItsTypedFields() {
        Indicator signed = PACKAGED.indicators().get("projects_signed");
        assertEquals("新签约项目", signed.label());
        assertEquals(UnitKind.COUNT, signed.kind());
        assertNull(signed.currency());
        assertEquals(Set.of("个", "项", "只", "宗", "家"), signed.units());
        assertEquals("projects_signed_investment", signed.investment());
        assertEquals("signed", signed.stage());
        assertFalse(signed.keepsBreakdowns());
        assertNull(signed.domain());
        assertEquals(Set.of(Role.PROJECT_COUNT), signed.roles());
        assertEquals("签约项目", signed.terms().get(0));

        Indicator fdi = PACKAGED.indicators().get("fdi_actual");
        assertEquals(BaseUnit.USD, fdi.currency());
        assertTrue(fdi.foreign());
        assertTrue(fdi.terms().contains("实际使用{foreign}资"));
        assertTrue(PACKAGED.indicators().get("firms_visited").keepsBreakdowns());
        assertEquals("实际使用外资", PACKAGED.indicators().label("fdi_actual"));
        assertNull(PACKAGED.indicators().label("other"));
    }

    @Test
    void aCountFitsItsLevelInItsOwnUnitsAlsoBehindAMultiplier() {
        Indicator visited = PACKAGED.indicators().get("firms_visited");
        assertTrue(visited.fitsLevel(UnitKind.COUNT, "家"));
        assertTrue(visited.fitsLevel(UnitKind.COUNT, "万家"));
        assertFalse(visited.fitsLevel(UnitKind.COUNT, "次"));
        assertFalse(visited.fitsLevel(UnitKind.MONEY, "亿元"));
    }

    @Test
    void aMissingRoleIsRefusedNamingTheFile() throws IOException {
        Path file = indicators(cells -> cells.get(0).equals("land_area") ? withRoles(cells, "") : cells);
        Dictionaries.DictionaryException e = assertThrows(Dictionaries.DictionaryException.class,
                () -> IndicatorCatalog.load(Dictionaries.of(folder)));
        assertEquals(file + ": no indicator has the role area (each role of the roles column must be given to one indicator)",
                e.getMessage());
    }

    @Test
    void aRoleGivenTwiceIsRefusedNamingTheFileAndLine() throws IOException {
        Path file = indicators(cells -> cells.get(0).equals("fixed_asset_investment") ? withRoles(cells, "area") : cells);
        Dictionaries.DictionaryException e = assertThrows(Dictionaries.DictionaryException.class,
                () -> IndicatorCatalog.load(Dictionaries.of(folder)));
        assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
        assertTrue(e.getMessage().endsWith(": the role area is given to both fixed_asset_investment and land_area"),
                e.getMessage());
    }

    @Test
    void anUnknownRoleIsRefusedListingTheRoles() throws IOException {
        indicators(cells -> cells.get(0).equals("registered_capital") ? withRoles(cells, "capital") : cells);
        Dictionaries.DictionaryException e = assertThrows(Dictionaries.DictionaryException.class,
                () -> IndicatorCatalog.load(Dictionaries.of(folder)));
        assertTrue(e.getMessage().endsWith("bad indicator: unknown role 'capital' "
                + "(roles: foreign_amount, foreign_count, project_count, area, ranked_firms)"), e.getMessage());
    }

    @Test
    void aFileWithoutTheRolesColumnIsRefusedNamingIt() throws IOException {
        Files.writeString(folder.resolve("indicators.tsv"),
                "id\tlabel\tkind\tcurrency\tunits\tinvestment\tstage\tbreakdowns\tterms\n", StandardCharsets.UTF_8);
        Dictionaries.DictionaryException e = assertThrows(Dictionaries.DictionaryException.class,
                () -> IndicatorCatalog.load(Dictionaries.of(folder)));
        assertTrue(e.getMessage().startsWith(folder.resolve("indicators.tsv") + ": missing column 'domain'"), e.getMessage());
    }

    @Test
    void readsScopeWordsUnitPrefixesInvestmentWordsAndStagesOnce() {
        assertTrue(PACKAGED.scopes().words("area").contains("市外"), PACKAGED.scopes().words("area").toString());
        assertEquals(0, new BigDecimal("10000").compareTo(PACKAGED.unitPrefixes().multipliers().get("万")));
        assertTrue(PACKAGED.investmentWords().words().contains("总投资"), PACKAGED.investmentWords().words().toString());
        assertEquals(List.of("在谈", "签约", "开工", "在建", "竣工投产"), List.copyOf(PACKAGED.stages().labels().values()));
        assertTrue(PACKAGED.selfWords().all().stream().anyMatch(w -> w.word().equals("全市") && w.wholeRegion()
                && w.suffix().equals("市") && w.level() == RegionLevel.CITY));
        assertEquals(new StageCatalog.StageWord("新签约", "signed", "projects_signed"),
                PACKAGED.stages().words().stream().filter(w -> w.word().equals("新签约")).findFirst().orElseThrow());
    }

    /** Writes the packaged indicators.tsv into the override folder, each row's cells passed through {@code edit}. */
    private Path indicators(UnaryOperator<List<String>> edit) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("dictionaries/indicators.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank() || line.startsWith("id\t")) {
                out.add(line);
            } else {
                out.add(String.join("\t", edit.apply(List.of(line.split("\t", -1)))));
            }
        }
        Path file = folder.resolve("indicators.tsv");
        Files.write(file, out, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> withRoles(List<String> cells, String roles) {
        List<String> changed = new ArrayList<>(cells);
        changed.set(9, roles); // id label kind currency units investment stage breakdowns domain roles terms
        return changed;
    }
}
