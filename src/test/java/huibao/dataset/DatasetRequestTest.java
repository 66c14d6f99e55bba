package huibao.dataset;

import huibao.Huibao;
import huibao.config.Dictionaries;
import huibao.config.HuibaoConfig;
import huibao.model.Measure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the analyst asks the table for: which indicators and measures as columns, the rows of one
 * city (with everything under it), a province or a county, and of chosen periods.
 */
class DatasetRequestTest {

    private static final List<String> LANZHOU = List.of("澜州市", "鹭汀区", "蕴川区", "枫渚区", "岚台区", "芦溆县", "棠阜县",
            "泓水县", "澜州经济技术开发区", "澹川市");

    @TempDir
    static Path dir;
    private static Huibao huibao;
    private static ExtractedReports round;

    @BeforeAll
    static void readTheRound() throws IOException {
        huibao = Huibao.open(HuibaoConfig.defaults().withDataDir(dir.resolve("data")));
        round = ExtractedReports.read(huibao, List.of(LanzhouRound.writeTo(dir.resolve("reports"))));
    }

    @AfterAll
    static void close() throws IOException {
        huibao.close();
    }

    private static Table table(DatasetRequest request) {
        return huibao.dataset(round.reports(), round.facts(), request);
    }

    private static List<String> labels(Table table) {
        return table.rows().stream().map(Row::label).toList();
    }

    @Test
    void theDefaultColumnsAreThoseOfDatasetColumnsTsvInOrder() {
        Table t = table(huibao.defaultDataset());
        assertEquals(List.of("fdi_actual/value", "fdi_actual/yoy", "fdi_actual/completion", "fdi_contracted/value",
                        "fdi_enterprises_new/value", "domestic_capital_actual/value", "domestic_capital_actual/yoy",
                        "domestic_capital_actual/completion", "projects_signed/value", "projects_signed_investment/value",
                        "projects_started/value", "projects_completed/value", "fixed_asset_investment/value"),
                t.columns().stream().map(Column::key).toList());
        // every region and period, the masked district last
        List<String> all = new ArrayList<>(LANZHOU);
        all.addAll(List.of("钢城区", "masked（XX区）"));
        assertEquals(all, labels(t));
    }

    @Test
    void choosesTheIndicatorsAndMeasuresToShow() {
        Table t = table(huibao.defaultDataset().withColumns(List.of(
                new DatasetRequest.Wanted("fdi_actual", Measure.YOY),
                new DatasetRequest.Wanted("projects_signed", Measure.VALUE))));
        assertEquals(List.of("实际使用外资·同比（%）", "新签约项目（个）"), t.columns().stream().map(Column::heading).toList());
        for (Row r : t.rows()) {
            assertTrue(List.of("fdi_actual/yoy", "projects_signed/value").containsAll(r.cells().keySet()), r.label());
        }
        Row luting = t.rows().stream().filter(r -> r.label().equals("鹭汀区")).findFirst().orElseThrow();
        assertEquals("18.3", luting.cell(t.columns().get(0)).display());
        assertEquals("14", luting.cell(t.columns().get(1)).display());
    }

    @Test
    void aCityKeepsItselfAndEverythingUnderIt() {
        List<String> codes = huibao.regionCodes(List.of("澜州市"));
        assertEquals(List.of("321700"), codes);
        assertEquals(LANZHOU, labels(table(huibao.defaultDataset().withRegions(codes))));
    }

    @Test
    void aProvinceACityOrACountyNarrowsTheRows() {
        assertEquals(List.of("钢城区"), labels(table(huibao.defaultDataset().withRegions(List.of("370000")))));
        assertEquals(List.of("钢城区"), labels(table(huibao.defaultDataset().withRegions(List.of("370100")))));
        assertEquals(List.of("棠阜县"), labels(table(huibao.defaultDataset().withRegions(huibao.regionCodes(List.of("棠阜县"))))));
        // several regions keep administrative order, not the order asked in
        assertEquals(List.of("棠阜县", "钢城区"), labels(table(huibao.defaultDataset().withRegions(List.of("370117", "321722")))));
    }

    @Test
    void periodsKeepOnlyTheRowsOfThosePeriods() {
        Table may = table(huibao.defaultDataset().withPeriods(List.of("1-5月")));
        assertEquals(List.of("泓水县"), labels(may));
        assertTrue(may.summaries().isEmpty(), "one county is no group to total");
        List<String> june = labels(table(huibao.defaultDataset().withPeriods(List.of("2024年1-6月"))));
        assertEquals(11, june.size());
        assertFalse(june.contains("泓水县"), june.toString());
        assertEquals(12, labels(table(huibao.defaultDataset().withPeriods(List.of("2024")))).size());
        assertEquals(List.of(), labels(table(huibao.defaultDataset().withPeriods(List.of("2023")))));
        assertEquals(List.of("泓水县"), labels(table(huibao.defaultDataset().withRegions(List.of("321700"))
                .withPeriods(List.of("2024年1-5月")))));
    }

    @Test
    void anUnreadablePeriodIsRefusedWithTheWaysToWriteIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> huibao.defaultDataset().withPeriods(List.of("上半年")));
        assertEquals("cannot read the period '上半年': write 2024, 1-6月 or 2024年1-6月", e.getMessage());
    }

    @Test
    void anUnknownIndicatorIsRefusedNamingTheKnownOnes() {
        DatasetRequest request = huibao.defaultDataset().withColumns(List.of(new DatasetRequest.Wanted("fdi_total", Measure.VALUE)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table(request));
        List<String> known = Dictionaries.packaged().table("indicators.tsv", "id").rows().stream()
                .map(r -> r.get("id")).sorted().toList();
        assertEquals("unknown indicator 'fdi_total'; known: " + String.join(", ", known), e.getMessage());
        assertTrue(e.getMessage().contains("known: contract_fulfillment_rate, domestic_capital_actual, "
                + "domestic_capital_contracted, fdi_actual, fdi_contracted,"), e.getMessage());
    }

    @Test
    void theBriefTableTakesTheColumnsMarkedBriefInOrder() {
        assertEquals(List.of(new DatasetRequest.Wanted("fdi_actual", Measure.VALUE),
                        new DatasetRequest.Wanted("domestic_capital_actual", Measure.VALUE),
                        new DatasetRequest.Wanted("projects_signed", Measure.VALUE),
                        new DatasetRequest.Wanted("projects_signed_investment", Measure.VALUE),
                        new DatasetRequest.Wanted("projects_started", Measure.VALUE)),
                DatasetRequest.brief(Dictionaries.packaged()).columns());
    }
}
