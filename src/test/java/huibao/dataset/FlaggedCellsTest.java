package huibao.dataset;

import huibao.Huibao;
import huibao.config.HuibaoConfig;
import huibao.model.BaseUnit;
import huibao.model.Fact;
import huibao.model.Measure;
import huibao.model.Period;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cells of one round of district and county reports that do not compare with their column, each
 * flagged with its reason and kept out of the totals: a figure in 人民币 among dollars, a county
 * still on 1-5月, hedged and masked figures, a figure given twice, funds of another origin.
 */
class FlaggedCellsTest {

    @TempDir
    static Path dir;
    private static Huibao huibao;
    private static ExtractedReports round;
    private static Table table;

    @BeforeAll
    static void readTheRound() throws IOException {
        huibao = Huibao.open(HuibaoConfig.defaults().withDataDir(dir.resolve("data")));
        round = ExtractedReports.read(huibao, List.of(LanzhouRound.writeTo(dir.resolve("reports"))));
        table = huibao.dataset(round.reports(), round.facts(), huibao.defaultDataset());
    }

    @AfterAll
    static void close() throws IOException {
        huibao.close();
    }

    @Test
    void aComparableCellCarriesNoFlagAndTheColumnsUnit() {
        Row luting = row("鹭汀区");
        for (Column c : table.columns()) {
            Cell cell = luting.cell(c);
            if (cell != null) {
                assertTrue(cell.flags().isEmpty(), c.key() + " " + cell.flags());
                assertEquals(c.unit(), cell.unit(), c.key());
            }
        }
        Cell fdi = cell("鹭汀区", "fdi_actual", Measure.VALUE);
        assertEquals("6125万美元", fdi.fact().text());
        assertEquals(new BigDecimal("61250000"), fdi.fact().baseValue());
        assertEquals("6125", fdi.display());
    }

    @Test
    void aFigureInRenminbiKeepsItsOwnCurrencyAndIsFlagged() {
        Column fdi = column("fdi_actual", Measure.VALUE);
        assertEquals("万美元", fdi.unit().label());
        Cell yunchuan = row("蕴川区").cell(fdi);
        assertEquals("2.4亿元人民币", yunchuan.fact().text());
        assertEquals(BaseUnit.CNY, yunchuan.fact().baseUnit());
        assertEquals(new BigDecimal("240000000"), yunchuan.fact().baseValue());
        assertEquals("亿元", yunchuan.unit().label());
        assertEquals("2.4", yunchuan.display());
        assertEquals(List.of(new CellFlag(CellFlag.Kind.CURRENCY, "CNY")), yunchuan.flags());
        assertEquals("币种不同：CNY", yunchuan.flags().get(0).toString());
    }

    @Test
    void aCountyStillOn1to5MonthsIsFlaggedForItsPeriod() {
        Column fdi = column("fdi_actual", Measure.VALUE);
        assertTrue(fdi.period().sameSpanAs(new Period(2024, 1, 6, null)), fdi.period().toString());
        Row hongshui = row("泓水县");
        assertEquals("2024年1-5月", hongshui.period().normalized());
        Cell cell = hongshui.cell(fdi);
        assertEquals("960", cell.display());
        assertEquals(List.of(new CellFlag(CellFlag.Kind.PERIOD, "2024年1-5月")), cell.flags());
        for (Column c : table.columns()) {
            Cell other = hongshui.cell(c);
            assertTrue(other == null || other.has(CellFlag.Kind.PERIOD), c.key());
        }
    }

    @Test
    void hedgedFiguresAreApproximations() {
        Cell signed = cell("枫渚区", "projects_signed", Measure.VALUE);
        assertEquals("全区新签约项目近10个，总投资超25亿元。", signed.fact().sentence());
        assertEquals(List.of(new CellFlag(CellFlag.Kind.APPROX, "10个")), signed.flags());
        assertEquals(List.of(new CellFlag(CellFlag.Kind.APPROX, "25亿元")),
                cell("枫渚区", "projects_signed_investment", Measure.VALUE).flags());
        Cell domestic = cell("枫渚区", "domestic_capital_actual", Measure.VALUE);
        assertEquals("9.85", domestic.display());
        assertEquals(List.of(new CellFlag(CellFlag.Kind.APPROX, "9.85亿元")), domestic.flags());
        assertTrue(cell("枫渚区", "fdi_actual", Measure.VALUE).comparable());
    }

    @Test
    void aMaskedFigureIsShownAsWrittenAndFlagged() {
        Cell fdi = cell("岚台区", "fdi_actual", Measure.VALUE);
        assertNull(fdi.value());
        assertEquals("XX万美元", fdi.display());
        assertEquals(List.of(new CellFlag(CellFlag.Kind.REDACTED, "XX万美元")), fdi.flags());
        Cell yoy = cell("岚台区", "fdi_actual", Measure.YOY);
        assertEquals("XX%", yoy.display());
        assertEquals(List.of(new CellFlag(CellFlag.Kind.REDACTED, "XX%")), yoy.flags());
    }

    @Test
    void aCountyGivingTwoValuesForOneFigureIsFlaggedDiffering() {
        Cell signed = cell("芦溆县", "projects_signed", Measure.VALUE);
        assertEquals("7", signed.display());
        assertEquals(List.of(new CellFlag(CellFlag.Kind.DIFFERING, "9个")), signed.flags());
        Fact other = signed.others().get(0);
        assertEquals(1, signed.others().size());
        assertEquals("上半年，全县共新签约项目9个。", other.sentence());
        assertEquals(new BigDecimal("9"), other.baseValue());
        assertEquals("9个", round.report("2024h1-luxu.txt").slice(other.span()));
    }

    @Test
    void fundsFromOutsideTheProvinceDoNotCompareWithDomesticCapital() {
        Column domestic = column("domestic_capital_actual", Measure.VALUE);
        assertEquals("内资", row("鹭汀区").cell(domestic).fact().scopeText());
        Cell tangfu = row("棠阜县").cell(domestic);
        assertEquals("5.26", tangfu.display());
        assertEquals("省外", tangfu.fact().scopeText());
        assertEquals(List.of(new CellFlag(CellFlag.Kind.SCOPE, "省外")), tangfu.flags());
    }

    @Test
    void aManufacturingFigureNeverStandsForTheWholeCounty() {
        Fact manufacturing = round.facts().stream().filter(f -> f.text().equals("846万美元")).findFirst().orElseThrow();
        assertEquals("制造业", manufacturing.scopeText());
        assertEquals("fdi_actual", manufacturing.indicator());
        Row tangfu = row("棠阜县");
        assertNull(tangfu.cell(column("fdi_actual", Measure.VALUE)), "棠阜县 gives only its 制造业 share");
        assertNull(tangfu.cell(column("fdi_actual", Measure.YOY)));
        assertTrue(cell("棠阜县", "projects_signed", Measure.VALUE).comparable());
    }

    @Test
    void totalsAddOnlyTheComparableCellsOfTheCitysDistrictsAndCounties() {
        // 鹭汀区 6125 + 枫渚区 2486 + 芦溆县 1128 + 经开区 9856 + 澹川市 4372; not 蕴川区's 人民币 or 岚台区's XX
        assertSummary("fdi_actual", Measure.VALUE, "23967", "4793.4", 5, 7);
        assertSummary("fdi_actual", Measure.YOY, null, "18.58", 6, 7);
        // without 枫渚区's 近10个 and 芦溆县's 7个 that the county also gives as 9个
        assertSummary("projects_signed", Measure.VALUE, "61", "10.17", 6, 8);
        assertSummary("projects_signed_investment", Measure.VALUE, "398.6", "56.94", 7, 8);
        // without 枫渚区's 约9.85亿元 and 棠阜县's 省外 funds
        assertSummary("domestic_capital_actual", Measure.VALUE, "76.01", "12.67", 6, 8);
        assertNull(table.summary(column("fdi_actual", Measure.COMPLETION)), "only the city gives a completion rate");
    }

    @Test
    void noTotalMixesCurrenciesOrPeriods() {
        for (Column c : table.columns()) {
            ColumnSummary s = table.summary(c);
            if (s == null) {
                continue;
            }
            List<Cell> summed = table.rows().stream()
                    .filter(r -> r.region() != null && "321700".equals(r.region().parentCode()))
                    .map(r -> r.cell(c)).filter(cell -> cell != null && cell.comparable()).toList();
            assertEquals(s.comparable(), summed.size(), c.key());
            for (Cell cell : summed) {
                assertEquals(c.unit().base(), cell.fact().baseUnit(), c.key());
                assertTrue(cell.fact().period().sameSpanAs(c.period()), c.key() + " " + cell.fact().period());
            }
            if (s.total() != null) {
                assertEquals(0, s.total().compareTo(summed.stream().map(Cell::value).reduce(BigDecimal.ZERO, BigDecimal::add)));
            }
        }
    }

    private static void assertSummary(String indicator, Measure measure, String total, String average, int comparable,
                                      int cells) {
        ColumnSummary s = table.summary(column(indicator, measure));
        assertEquals("澜州市所辖 2024年1-6月", s.over());
        assertEquals(total, s.total() == null ? null : s.total().toPlainString(), indicator + " total");
        assertEquals(average, s.average().toPlainString(), indicator + " average");
        assertEquals(comparable, s.comparable(), indicator + " comparable");
        assertEquals(cells, s.cells(), indicator + " cells");
    }

    private static Column column(String indicator, Measure measure) {
        return table.columns().stream().filter(c -> c.indicator().equals(indicator) && c.measure() == measure)
                .findFirst().orElseThrow();
    }

    private static Row row(String label) {
        List<Row> rows = table.rows().stream().filter(r -> r.label().equals(label)).toList();
        assertEquals(1, rows.size(), label);
        return rows.get(0);
    }

    private static Cell cell(String label, String indicator, Measure measure) {
        Cell cell = row(label).cell(column(indicator, measure));
        assertNotNull(cell, label + " has no " + indicator + "/" + measure.id());
        return cell;
    }
}
