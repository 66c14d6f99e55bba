package huibao.export;

import huibao.catalog.IndicatorCatalog;
import huibao.config.Dictionaries;
import huibao.export.json.FactJsonAccess;
import huibao.model.Fact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The findings report on the 澜州 reports, in the Markdown and the HTML an analyst sends on. */
class FindingsReportTest {

    static String markdown;
    static String html;

    @BeforeAll
    static void write() throws IOException {
        LanzhouReports lanzhou = new LanzhouReports();
        Exports exports = new Exports(IndicatorCatalog.load(Dictionaries.packaged()));
        ByteArrayOutputStream md = new ByteArrayOutputStream();
        exports.findingsMarkdown(lanzhou.findings(), lanzhou.reports(), md);
        markdown = md.toString(StandardCharsets.UTF_8);
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        exports.findingsHtml(lanzhou.findings(), lanzhou.reports(), page);
        html = page.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aFigureReadByOcrIsMarkedWhereItsSourceIsNamedAndInItsJsonLine() {
        Fact fact = new LanzhouReports().findings().stream().flatMap(f -> f.facts().stream()).findFirst().orElseThrow();
        assertEquals(FindingWords.where(fact) + "（OCR识别）", FindingWords.where(fact.withOcr()));
        assertTrue(FactJsonAccess.line(fact.withOcr()).endsWith(",\"ocr\":true}"), FactJsonAccess.line(fact.withOcr()));
        assertFalse(FactJsonAccess.line(fact).contains("\"ocr\""), "the flag is added on OCR'd figures only");
    }

    @Test
    void countsTheFindingsByCheckAndSeverityAtTheTop() {
        assertTrue(markdown.startsWith("# 核查发现\n\n4 份报告，8 条发现：错误 3 条，缺失 3 条，提示 1 条，核对一致 1 条。\n\n"
                + "| 类别 | 错误 | 缺失 | 提示 | 核对一致 | 合计 |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: |\n"
                + "| 缺失数字 | 0 | 2 | 0 | 0 | 2 |\n"), markdown);
        assertTrue(markdown.contains("| 完成率 | 1 | 0 | 0 | 0 | 1 |\n"), markdown);
        assertTrue(markdown.contains("| 合计 | 3 | 3 | 1 | 1 | 8 |\n"), markdown);
        assertTrue(html.contains("<tr><th>缺报指标</th><td class=\"n\">0</td><td class=\"n\">1</td><td class=\"n\">0</td>"
                + "<td class=\"n\">0</td><td class=\"n\">1</td></tr>"), html);
        assertTrue(html.indexOf("<table class=\"counts\">") < html.indexOf("<section>"));
    }

    @Test
    void groupsByReportWithErrorsBeforeGapsBeforeRoundingNotes() {
        int city = markdown.indexOf("## 澜州市 · 2024年1-6月\n\n澜州市2024年上半年招商引资工作情况汇报 · 2024h1-lanzhou.txt\n");
        int luting = markdown.indexOf("## 鹭汀区 · 2024年1-6月\n");
        int yunchuan = markdown.indexOf("## 蕴川区 · 2024年1-6月\n");
        assertTrue(0 < city && city < luting && luting < yunchuan, markdown);
        String lutingSection = markdown.substring(luting, yunchuan);
        List<Integer> order = List.of(lutingSection.indexOf("### 错误（1）"), lutingSection.indexOf("### 提示（1）"),
                lutingSection.indexOf("### 核对一致（1）"));
        assertTrue(order.get(0) > 0 && order.get(0) < order.get(1) && order.get(1) < order.get(2), lutingSection);
        assertTrue(markdown.contains("## 未发现问题的报告\n\n- 枫渚区 · 2024年1-5月：枫渚区1-5月招商引资工作汇报 · 2024m5-fengzhu.txt\n"),
                markdown);
    }

    @Test
    void quotesEachSentenceWithTheFigureInBold() {
        assertTrue(markdown.contains("- **完成率 · 实际使用外资**：实际使用外资1.67亿美元只完成全年任务3.2亿美元的52.19%，与所报完成率不符\\\n"
                + "  报告 56.3%，推算 52.19%\n"
                + "  - 2024h1-lanzhou.txt@34-41：上半年，全市实际使用外资**1.67亿美元**，同比增长32.8%，完成全年任务的56.3%。\n"
                + "  - 2024h1-lanzhou.txt@59-64：上半年，全市实际使用外资1.67亿美元，同比增长32.8%，完成全年任务的**56.3%**。\n"),
                markdown);
        assertTrue(markdown.contains("报告 12.5%，推算 \\[12.46%, 12.54%]；仅因四舍五入成立\n"), markdown);
    }

    @Test
    void marksTheFigureTheSpanPointsAtWhenTheSentenceWritesItTwice() {
        assertTrue(markdown.contains("  - 2024h1-luting.docx@58-60：全区新签约项目**8个**，其中外资项目8个。\n"
                + "  - 2024h1-luting.docx@67-69：全区新签约项目8个，其中外资项目**8个**。\n"), markdown);
        assertTrue(html.contains("<span class=\"where\">2024h1-luting.docx@67-69</span>：全区新签约项目8个，其中外资项目<mark>8个</mark>。"),
                html);
    }

    @Test
    void escapesMarkupInSentencesAndMessages() {
        assertTrue(markdown.contains("实际使用外资**\u200B\\*\\*万美元**，同比增长XX%。"),
                "a masked figure is escaped and still bold: " + markdown);
        assertTrue(markdown.contains("各区到位内资合计12.35亿元\\<全市86.4亿元"), markdown);
        assertTrue(markdown.contains("全区引进R&D中心2个"), "& opens no entity here: " + markdown);
        assertTrue(html.contains("全区引进R&amp;D中心2个，实际使用外资<mark>**万美元</mark>，同比增长XX%。"), html);
        assertTrue(html.contains("各区到位内资合计12.35亿元&lt;全市86.4亿元"), html);
        assertFalse(html.contains("12.35亿元<全市"), html);
    }

    @Test
    void htmlIsOneSelfContainedUtf8File() {
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n"), html);
        assertTrue(html.contains("<style>") && html.endsWith("</body>\n</html>\n"), html);
        for (String external : List.of("<link", "<script", "src=", "href=", "@import", "url(")) {
            assertFalse(html.contains(external), external);
        }
        assertTrue(html.contains("<h2>鹭汀区 &middot; 2024年1-6月</h2>"), html);
        assertTrue(html.contains("<span class=\"rounding\">仅因四舍五入成立</span>"), html);
    }

    @Test
    void namesADocTheReportsDoNotHoldByItsName() throws IOException {
        LanzhouReports lanzhou = new LanzhouReports();
        ByteArrayOutputStream md = new ByteArrayOutputStream();
        new Exports(IndicatorCatalog.load(Dictionaries.packaged())).findingsMarkdown(lanzhou.findings(), List.of(lanzhou.city), md);
        String text = md.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("\n## 2024h1-luting.docx\n\n2024h1-luting.docx\n"), text);
        // without its report a figure can only be placed by its text: the first 8个 of the sentence
        assertTrue(text.contains("  - 2024h1-luting.docx@67-69：全区新签约项目**8个**，其中外资项目8个。\n"), text);
        assertEquals(8, text.split("\n- \\*\\*", -1).length - 1, text);
    }

    @Test
    void aFileNameWithControlCharactersOrMarkupIsPrintedEscapedInTheFindings() throws IOException {
        String doc = "坏\n## 名<b>\u001b[31m.txt";
        List<huibao.model.Finding> findings = List.of(new huibao.model.Finding(huibao.model.Finding.Kind.MISSING_INDICATOR,
                huibao.model.Finding.Severity.WARNING, doc, "fdi_actual", List.of(), null, null, "本报告未报", false));
        Exports exports = new Exports(IndicatorCatalog.load(Dictionaries.packaged()));
        ByteArrayOutputStream md = new ByteArrayOutputStream();
        exports.findingsMarkdown(findings, List.of(), md);
        String text = md.toString(StandardCharsets.UTF_8);
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        exports.findingsHtml(findings, List.of(), page);
        String htmlPage = page.toString(StandardCharsets.UTF_8);
        for (String out : List.of(text, htmlPage)) {
            assertFalse(out.contains("\u001b") || out.contains("坏\n"), "a control character printed raw: " + out);
        }
        assertTrue(text.contains("坏\\\\n## 名\\<b>"), "the line break is shown as \\n (its \\ escaped): " + text);
        assertTrue(htmlPage.contains("坏\\n## 名"), "the line break is shown as \\n: " + htmlPage);
        assertFalse(htmlPage.contains("<b>"), htmlPage);
        assertTrue(htmlPage.contains("&lt;b&gt;"), htmlPage);
    }
}
