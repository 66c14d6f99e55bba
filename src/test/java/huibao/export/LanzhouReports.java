package huibao.export;

import huibao.catalog.Catalogs;
import huibao.config.Dictionaries;
import huibao.dataset.DatasetBuilder;
import huibao.dataset.DatasetRequest;
import huibao.dataset.Table;
import huibao.extract.metadata.ReportDateReader;
import huibao.extract.relation.FactLinker;
import huibao.model.BaseUnit;
import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Measure;
import huibao.model.Period;
import huibao.model.Region;
import huibao.model.RegionLevel;
import huibao.model.Report;
import huibao.model.ReportExtraction;
import huibao.model.Span;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A city and three of its districts reporting on the first half of 2024, written as the bureau's
 * reports are, with the facts extraction would read from them and findings the checks could make:
 * a completion rate that does not add up, a figure stated twice, masked figures, an indicator left
 * out, a growth rate that holds only through rounding, a 其中 part that holds.
 */
final class LanzhouReports {

    static final Region LANZHOU = new Region("321700", "澜州市", RegionLevel.CITY, "320000");
    static final Region LUTING = new Region("321702", "鹭汀区", RegionLevel.COUNTY, "321700");
    static final Region YUNCHUAN = new Region("321703", "蕴川区", RegionLevel.COUNTY, "321700");
    static final Region FENGZHU = new Region("321704", "枫渚区", RegionLevel.COUNTY, "321700");

    static final String CITY_TEXT = "澜州市2024年上半年招商引资工作情况汇报\n"
            + "上半年，全市实际使用外资1.67亿美元，同比增长32.8%，完成全年任务的56.3%。全市新签约项目25个，到位内资86.4亿元。\n";
    static final String LUTING_TEXT = "鹭汀区2024年上半年招商引资工作总结\n"
            + "1-6月，全区实际使用外资1740万美元，同比增长12.5%。全区新签约项目8个，其中外资项目8个。"
            + "全区到位内资12.35亿元。截至6月底，全区新签约项目9个。\n";
    /** The county's compilation: 蕴川区 is its second report. */
    static final String COMPILED_TEXT = "各区招商引资情况汇编\n（一）略。\n"
            + "蕴川区上半年招商引资情况\n1-6月，全区引进R&D中心2个，实际使用外资**万美元，同比增长XX%。全区新签约项目约10个。\n";
    static final String FENGZHU_TEXT = "枫渚区1-5月招商引资工作汇报\n1-5月，全区实际使用外资9600万港元，全区新签约项目6个。\n";

    final Report city = report("2024h1-lanzhou.txt", "2024h1-lanzhou.txt", CITY_TEXT, 0, LANZHOU, 6);
    final Report luting = report("2024h1-luting.docx", "2024h1-luting.docx", LUTING_TEXT, 0, LUTING, 6);
    final Report yunchuan = report("2024h1-compiled.txt#2", "2024h1-compiled.txt", COMPILED_TEXT,
            COMPILED_TEXT.indexOf("蕴川区"), YUNCHUAN, 6);
    final Report fengzhu = report("2024m5-fengzhu.txt", "2024m5-fengzhu.txt", FENGZHU_TEXT, 0, FENGZHU, 5);
    final List<Fact> facts = new ArrayList<>();

    LanzhouReports() {
        figure(city, "1.67亿美元", 1, "fdi_actual", Measure.VALUE, "1.67", "亿美元", "167000000", BaseUnit.USD);
        figure(city, "32.8%", 1, "fdi_actual", Measure.YOY, "32.8", "%", "32.8", BaseUnit.PERCENT);
        figure(city, "56.3%", 1, "fdi_actual", Measure.COMPLETION, "56.3", "%", "56.3", BaseUnit.PERCENT);
        figure(city, "25个", 1, "projects_signed", Measure.VALUE, "25", "个", "25", BaseUnit.COUNT);
        figure(city, "86.4亿元", 1, "domestic_capital_actual", Measure.VALUE, "86.4", "亿元", "8640000000", BaseUnit.CNY);
        figure(luting, "1740万美元", 1, "fdi_actual", Measure.VALUE, "1740", "万美元", "17400000", BaseUnit.USD);
        figure(luting, "12.5%", 1, "fdi_actual", Measure.YOY, "12.5", "%", "12.5", BaseUnit.PERCENT);
        Fact signed = figure(luting, "8个", 1, "projects_signed", Measure.VALUE, "8", "个", "8", BaseUnit.COUNT);
        Fact foreign = figure(luting, "8个", 2, "projects_signed", Measure.VALUE, "8", "个", "8", BaseUnit.COUNT);
        facts.set(facts.indexOf(foreign), foreign.withAttribution("projects_signed", Measure.VALUE, List.of("外资"))
                .withPartOf(signed.id()));
        figure(luting, "12.35亿元", 1, "domestic_capital_actual", Measure.VALUE, "12.35", "亿元", "1235000000",
                BaseUnit.CNY);
        figure(luting, "9个", 1, "projects_signed", Measure.VALUE, "9", "个", "9", BaseUnit.COUNT);
        figure(yunchuan, "**万美元", 1, "fdi_actual", Measure.VALUE, null, "万美元", null, BaseUnit.USD);
        figure(yunchuan, "XX%", 1, "fdi_actual", Measure.YOY, null, "%", null, BaseUnit.PERCENT);
        Fact about = figure(yunchuan, "约10个", 1, "projects_signed", Measure.VALUE, "10", "个", "10", BaseUnit.COUNT);
        facts.set(facts.indexOf(about), new Fact(about.id(), about.doc(), about.region(), about.regionCode(),
                about.period(), about.indicator(), about.measure(), null, about.text(), about.value(), null,
                about.unit(), about.baseValue(), null, about.baseUnit(), true, null, null, false, about.sentence(),
                about.span(), about.links(), about.clause()));
        figure(fengzhu, "9600万港元", 1, "fdi_actual", Measure.VALUE, "9600", "万港元", "96000000", BaseUnit.HKD);
        figure(fengzhu, "6个", 1, "projects_signed", Measure.VALUE, "6", "个", "6", BaseUnit.COUNT);
        FactLinker linker = new FactLinker(Dictionaries.packaged()); // placed and linked, as extraction does
        Map<String, Fact> linked = new HashMap<>();
        for (Report r : reports()) {
            linker.link(r, facts.stream().filter(f -> f.doc().equals(r.doc())).toList()).forEach(f -> linked.put(f.id(), f));
        }
        facts.replaceAll(f -> linked.get(f.id()));
    }

    List<Report> reports() {
        return List.of(city, luting, yunchuan, fengzhu);
    }

    /** The reports with their facts, as the dataset's JSON describes them (no entities). */
    List<ReportExtraction> extractions() {
        return reports().stream().map(r -> new ReportExtraction(r,
                facts.stream().filter(f -> f.doc().equals(r.doc())).toList(), List.of(), List.of())).toList();
    }

    /** The table of five columns the dataset builds over the four reports. */
    Table table() {
        Dictionaries dicts = Dictionaries.packaged();
        DatasetRequest request = DatasetRequest.defaults(dicts).withColumns(List.of(
                new DatasetRequest.Wanted("fdi_actual", Measure.VALUE),
                new DatasetRequest.Wanted("fdi_actual", Measure.YOY),
                new DatasetRequest.Wanted("fdi_actual", Measure.COMPLETION),
                new DatasetRequest.Wanted("projects_signed", Measure.VALUE),
                new DatasetRequest.Wanted("domestic_capital_actual", Measure.VALUE)));
        return new DatasetBuilder(Catalogs.load(dicts)).build(reports(), facts, request);
    }

    /** The {@code nth} fact of {@code report} written as {@code text}. */
    Fact fact(Report report, String text, int nth) {
        return facts.stream().filter(f -> f.doc().equals(report.doc()) && f.text().equals(text))
                .skip(nth - 1L).findFirst().orElseThrow();
    }

    Fact fact(Report report, String text) {
        return fact(report, text, 1);
    }

    /** What the checks would say about these reports, in no particular order. */
    List<Finding> findings() {
        return List.of(
                new Finding(Finding.Kind.MISSING_INDICATOR, Finding.Severity.WARNING, yunchuan.doc(),
                        "domestic_capital_actual", List.of(), null, null, "多数区县报告了到位内资，本报告未报", false),
                new Finding(Finding.Kind.PARTS_SUM, Finding.Severity.OK, luting.doc(), "projects_signed",
                        List.of(fact(luting, "8个", 1), fact(luting, "8个", 2)), "8个", "8个", "其中外资项目不超过新签约项目总数", false),
                new Finding(Finding.Kind.COMPLETION, Finding.Severity.ERROR, city.doc(), "fdi_actual",
                        List.of(fact(city, "1.67亿美元"), fact(city, "56.3%")), "52.19%", "56.3%",
                        "实际使用外资1.67亿美元只完成全年任务3.2亿美元的52.19%，与所报完成率不符", false),
                new Finding(Finding.Kind.YOY, Finding.Severity.INFO, luting.doc(), "fdi_actual",
                        List.of(fact(luting, "1740万美元"), fact(luting, "12.5%")), "[12.46%, 12.54%]", "12.5%",
                        "按上年同期1546.7万美元推算，增速只在四舍五入的范围内相符", true),
                new Finding(Finding.Kind.REDACTED, Finding.Severity.WARNING, yunchuan.doc(), "fdi_actual",
                        List.of(fact(yunchuan, "**万美元")), null, null, "实际使用外资的数字被遮盖", false),
                new Finding(Finding.Kind.CONFLICT, Finding.Severity.ERROR, luting.doc(), "projects_signed",
                        List.of(fact(luting, "8个"), fact(luting, "9个")), "8个", "9个",
                        "新签约项目前文写8个，后文写9个", false),
                new Finding(Finding.Kind.DISTRICT_SUM, Finding.Severity.ERROR, city.doc(), "domestic_capital_actual",
                        List.of(fact(city, "86.4亿元"), fact(luting, "12.35亿元")), ">=86.4亿元", "12.35亿元",
                        "各区到位内资合计12.35亿元<全市86.4亿元，需核对区县报告是否齐全", false),
                new Finding(Finding.Kind.REDACTED, Finding.Severity.WARNING, yunchuan.doc(), "fdi_actual",
                        List.of(fact(yunchuan, "XX%")), null, null, "实际使用外资增速被遮盖", false));
    }

    private Fact figure(Report report, String text, int nth, String indicator, Measure measure, String value,
                        String unit, String base, BaseUnit baseUnit) {
        int at = -1;
        for (int i = 0; i < nth; i++) {
            at = report.text().indexOf(text, at + 1);
        }
        int sentenceStart = Math.max(report.text().lastIndexOf('。', at), report.text().lastIndexOf('\n', at)) + 1;
        int sentenceEnd = report.text().indexOf('。', at) + 1;
        Span span = new Span(report.range().start() + at, report.range().start() + at + text.length());
        Fact f = new Fact(report.doc() + "@" + span.start(), report.doc(), report.regionName(), report.regionCode(),
                report.period(), indicator, measure, null, text, decimal(value), null, unit, decimal(base), null,
                baseUnit, false, null, null, value == null, report.text().substring(sentenceStart, sentenceEnd), span,
                null, null);
        facts.add(f);
        return f;
    }

    private static Report report(String doc, String file, String fileText, int start, Region region, int toMonth) {
        String text = fileText.substring(start);
        String title = text.substring(0, text.indexOf('\n'));
        return new Report(doc, file, title, null, "2024年7月", new Span(start, fileText.length()), text, region,
                region.name(), false, region.level(), new Period(2024, 1, toMonth, toMonth == 6 ? "上半年" : "1-5月"),
                ReportDateReader.read("2024年7月"));
    }

    private static BigDecimal decimal(String s) {
        return s == null ? null : new BigDecimal(s);
    }
}
