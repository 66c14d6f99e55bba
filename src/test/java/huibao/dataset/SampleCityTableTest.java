package huibao.dataset;

import huibao.Huibao;
import huibao.config.HuibaoConfig;
import huibao.model.BaseUnit;
import huibao.model.Fact;
import huibao.model.Measure;
import huibao.model.Report;
import huibao.model.ReportExtraction;
import huibao.model.Span;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The table of huibao's sample corpus (澜州市 and its districts and counties, 2023 to mid-2024), read
 * by the whole pipeline from its Word, PDF and text files.
 */
class SampleCityTableTest {

    @TempDir
    static Path data;
    private static Huibao huibao;
    private static ExtractedReports corpus;
    private static Table table;

    @BeforeAll
    static void readTheCorpus() throws IOException {
        huibao = Huibao.open(HuibaoConfig.defaults().withDataDir(data));
        corpus = ExtractedReports.read(huibao, List.of(Path.of("corpus")));
        table = huibao.dataset(corpus.reports(), corpus.facts(), huibao.defaultDataset());
    }

    @AfterAll
    static void close() throws IOException {
        huibao.close();
    }

    @Test
    void rowsRunFromTheCityThroughItsDistrictsAndCountiesByCode() {
        assertEquals(List.of(
                "321700 澜州市 2024年1-6月",
                "321702 鹭汀区 2023年1-12月",
                "321702 鹭汀区 2024年1-3月",
                "321702 鹭汀区 2024年1-6月",
                "321703 蕴川区 2024年1-6月",
                "321704 枫渚区 2024年1-6月",
                "321705 岚台区 2024年1-6月",
                "321721 芦溆县 2024年1-6月",
                "321722 棠阜县 2024年1-5月",
                "321722 棠阜县 2024年1-6月",
                "321723 泓水县 2024年1-6月",
                "321771 澜州经济技术开发区 2024年1-5月",
                "321771 澜州经济技术开发区 2024年1-6月",
                "321781 澹川市 2024年1-6月"),
                table.rows().stream().map(r -> r.regionCode() + " " + r.label() + " " + r.period().normalized()).toList());
    }

    @Test
    void everyReportHasARowAndTwoReportsOfOneCountyAndPeriodShareIt() {
        assertEquals(15, corpus.reports().size());
        Set<String> regionAndPeriod = new HashSet<>();
        for (Row r : table.rows()) {
            assertTrue(regionAndPeriod.add(r.regionCode() + " " + r.period().normalized()), r.label());
        }
        for (Report report : corpus.reports()) {
            assertEquals(1, table.rows().stream().filter(r -> r.reports().contains(report)).count(), report.doc());
        }
        Row tangfu = row("棠阜县", "2024年1-6月");
        assertEquals("corpus/2024h1-counties.docx#2; corpus/2024h1-tangfu-brief.txt", tangfu.docs());
    }

    @Test
    void eachReportOfTheCompilationHasItsOwnRow() {
        assertEquals("芦溆县", rowOf("corpus/2024h1-counties.docx#1").label());
        assertEquals("棠阜县", rowOf("corpus/2024h1-counties.docx#2").label());
        assertEquals("泓水县", rowOf("corpus/2024h1-counties.docx#3").label());
        assertEquals("corpus/2024h1-counties.docx#1", row("芦溆县", "2024年1-6月").docs());
        assertEquals("corpus/2024h1-counties.docx#3", row("泓水县", "2024年1-6月").docs());
    }

    @Test
    void aCellShowsItsFactInTheColumnsUnitTracedToItsSentence() {
        Cell fdi = row("澜州市", "2024年1-6月").cell(column("fdi_actual", Measure.VALUE));
        assertEquals("实际使用外资（万美元）", column("fdi_actual", Measure.VALUE).heading());
        assertEquals(new BigDecimal("31000"), fdi.value());
        assertEquals("31000", fdi.display());
        Fact f = fdi.fact();
        assertEquals("3.10亿美元", f.text());
        assertEquals(new BigDecimal("310000000"), f.baseValue());
        assertEquals(BaseUnit.USD, f.baseUnit());
        assertEquals("corpus/2024h1-city.docx", f.doc());
        assertEquals(new Span(229, 236), f.span());
        assertEquals("1-6月，全市实际使用外资3.10亿美元，同比增长12.6%，增幅高于全省平均水平9.3个百分点，总量居全省第7位；"
                + "完成省下达全年目标任务6亿美元的51.7%，实现“时间过半、任务过半”。", f.sentence());
        assertEquals("3.10亿美元", corpus.report("2024h1-city.docx").slice(f.span()));

        Cell domestic = row("澜州市", "2024年1-6月").cell(column("domestic_capital_actual", Measure.VALUE));
        assertEquals("到位内资（亿元）", column("domestic_capital_actual", Measure.VALUE).heading());
        assertEquals("97.36", domestic.display());
        assertEquals(new BigDecimal("9736000000"), domestic.fact().baseValue());
        assertEquals(new Span(548, 555), domestic.fact().span());
        assertEquals("1-6月，全市引进市外到位资金97.36亿元，同比增长15.2%，完成市定全年目标180亿元的54.1%，总量居全省第5位。",
                domestic.fact().sentence());
    }

    @Test
    void figuresOfAnotherPeriodThanTheColumnAreFlagged() {
        Column fdi = column("fdi_actual", Measure.VALUE);
        assertEquals("2024年1-6月", fdi.period().normalized());
        Cell tangfu = row("棠阜县", "2024年1-5月").cell(fdi);
        assertEquals("702", tangfu.display());
        assertEquals(List.of(new CellFlag(CellFlag.Kind.PERIOD, "2024年1-5月")), tangfu.flags());
        assertEquals(List.of(new CellFlag(CellFlag.Kind.PERIOD, "2024年1-3月")), row("鹭汀区", "2024年1-3月").cell(fdi).flags());
        assertEquals(List.of(new CellFlag(CellFlag.Kind.PERIOD, "2023年1-12月")), row("鹭汀区", "2023年1-12月").cell(fdi).flags());
        assertTrue(row("棠阜县", "2024年1-6月").cell(fdi).comparable());
    }

    @Test
    void maskedFiguresOfTheCompilationAreFlagged() {
        Cell contracted = row("芦溆县", "2024年1-6月").cell(column("fdi_contracted", Measure.VALUE));
        assertEquals("×× 万美元", contracted.display());
        assertEquals(List.of(new CellFlag(CellFlag.Kind.REDACTED, "×× 万美元")), contracted.flags());
        Cell yoy = row("泓水县", "2024年1-6月").cell(column("domestic_capital_actual", Measure.YOY));
        assertEquals(List.of(new CellFlag(CellFlag.Kind.REDACTED, "**%")), yoy.flags());
        Cell investment = row("棠阜县", "2024年1-5月").cell(column("projects_signed_investment", Measure.VALUE));
        assertEquals(List.of(new CellFlag(CellFlag.Kind.PERIOD, "2024年1-5月"), new CellFlag(CellFlag.Kind.REDACTED, "XX亿元")),
                investment.flags());
    }

    @Test
    void twoReportsOfOneCountyAndPeriodThatDisagreeAreFlaggedDiffering() {
        // the compilation's county report writes 合同外资1380万美元 after a ；, the county's brief 全县…合同外资1830万美元
        Cell contracted = row("棠阜县", "2024年1-6月").cell(column("fdi_contracted", Measure.VALUE));
        assertEquals("1380", contracted.display());
        assertEquals("corpus/2024h1-counties.docx#2", contracted.fact().doc());
        assertEquals(List.of(new CellFlag(CellFlag.Kind.DIFFERING, "1830万美元")), contracted.flags());
        Fact brief = contracted.others().get(0);
        assertEquals("corpus/2024h1-tangfu-brief.txt", brief.doc());
        assertEquals(new BigDecimal("18300000"), brief.baseValue());
        assertEquals("1830万美元", corpus.report("2024h1-tangfu-brief.txt").slice(brief.span()));
        // where the two reports agree the cell compares
        for (String indicator : List.of("fdi_actual", "fdi_enterprises_new", "domestic_capital_actual", "projects_signed",
                "projects_signed_investment", "projects_started", "projects_completed")) {
            Cell agreed = row("棠阜县", "2024年1-6月").cell(column(indicator, Measure.VALUE));
            assertTrue(agreed.comparable(), indicator + " " + agreed.flags());
        }
    }

    @Test
    void totalsRunOverTheCitysDistrictsAndCountiesOfOnePeriod() {
        ColumnSummary fdi = table.summary(column("fdi_actual", Measure.VALUE));
        assertEquals("澜州市所辖 2024年1-6月", fdi.over());
        // 6125 + 3620 + 2486 + 1935 + 1128 + 846 + 9856 + 4372; 泓水县 gives none, the city never adds to its own
        assertEquals("30368", fdi.total().toPlainString());
        assertEquals("3796", fdi.average().toPlainString());
        assertEquals(8, fdi.comparable());
        assertEquals(8, fdi.cells());
        ColumnSummary contracted = table.summary(column("fdi_contracted", Measure.VALUE));
        assertEquals("55430", contracted.total().toPlainString(), "芦溆县's ×× 万美元 and 棠阜县's 1380 or 1830 left out");
        assertEquals(7, contracted.comparable());
        assertEquals(9, contracted.cells());
        ColumnSummary domesticYoy = table.summary(column("domestic_capital_actual", Measure.YOY));
        assertNull(domesticYoy.total(), "rates are averaged, never added");
        assertEquals("30.19", domesticYoy.average().toPlainString());
        assertEquals(8, domesticYoy.comparable());
    }

    @Test
    void reportsKeptWithTheirFactsGiveTheSameTableWholeAndFiltered() {
        List<ReportExtraction> kept = ReportExtraction.regroup(corpus.reports(), corpus.facts(), List.of());
        DatasetRequest whole = huibao.defaultDataset();
        for (DatasetRequest r : List.of(whole, whole.withPeriods(List.of("2024年1-6月")), whole.withRegions(List.of("321702")),
                whole.withColumns(List.of(new DatasetRequest.Wanted("fdi_actual", Measure.VALUE))))) {
            Table fromFacts = huibao.dataset(corpus.reports(), corpus.facts(), r);
            assertTrue(!fromFacts.rows().isEmpty(), r.toString());
            assertEquals(fromFacts, huibao.dataset(kept, r), r.toString());
        }
    }

    @Test
    void aTableShowingSomeOfItsColumnsIsTheTableBuiltForThoseColumns() {
        List<Column> fdi = table.columns().stream().filter(c -> c.indicator().equals("fdi_actual")).toList();
        assertTrue(fdi.size() > 1, fdi.toString());
        Table built = huibao.dataset(corpus.reports(), corpus.facts(), huibao.defaultDataset().withColumns(
                fdi.stream().map(c -> new DatasetRequest.Wanted(c.indicator(), c.measure())).toList()));
        assertEquals(built, table.only(fdi));
    }

    private static Column column(String indicator, Measure measure) {
        return table.columns().stream().filter(c -> c.indicator().equals(indicator) && c.measure() == measure)
                .findFirst().orElseThrow();
    }

    private static Row row(String label, String period) {
        return table.rows().stream().filter(r -> r.label().equals(label) && r.period().normalized().equals(period))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + label + " " + period));
    }

    private static Row rowOf(String doc) {
        return table.rows().stream().filter(r -> r.reports().stream().anyMatch(rep -> rep.doc().equals(doc)))
                .findFirst().orElseThrow(() -> new AssertionError("no row holds " + doc));
    }
}
