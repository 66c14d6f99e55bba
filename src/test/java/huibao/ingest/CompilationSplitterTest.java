package huibao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import huibao.model.Problem;
import huibao.model.ReportSection;
import huibao.model.SourceText;
import huibao.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompilationSplitterTest {

    private static final ReportReader READER = new ReportReader(Cleaning.DICTIONARIES);

    private final CompilationSplitter splitter = new CompilationSplitter(Cleaning.RULES);

    /** Three short reports of our own under a cover title and a 目录 with dot leaders; two titles are alike. */
    private static final String COMPILATION = """
            2023年上半年各县区招商引资工作汇报汇编（3篇）

            目  录
            2023年上半年各县区招商引资工作汇报汇编（3篇）……………………1
            ##paidbegin##
            城北区上半年招商引资工作情况……………………2
            上半年招商引资工作开展情况……………………4
            上半年招商引资工作开展情况……………………6

            城北区上半年招商引资工作情况

            上半年，城北区新签约项目25个，总投资52.1亿元。
            一、主要做法
            走访企业45家，对接在谈项目12个。


            上半年招商引资工作开展情况

            今年以来，XX县实际使用外资1740万美元，同比增长32.8%。


            上半年招商引资工作开展情况
            一、工作成效
            新签约亿元以上项目9个，总投资XX亿元。

            【某某素材库】每天更新材料，会员群同步更新，有意加入请添加客服
            ##paidend##
            """;

    @TempDir
    Path dir;

    @Test
    void splitsCompilationByItsTableOfContents() throws Exception {
        Path file = dir.resolve("汇编.txt");
        Files.writeString(file, COMPILATION, StandardCharsets.UTF_8);
        SourceText source = READER.read(file, "汇编.txt");
        String text = source.text();
        assertTrue(source.isCompilation());
        List<ReportSection> sections = source.sections();
        assertEquals(3, sections.size());

        int first = text.indexOf("城北区上半年招商引资工作情况\n\n上半年");
        int second = text.indexOf("上半年招商引资工作开展情况\n\n今年以来");
        int third = text.indexOf("上半年招商引资工作开展情况\n一、工作成效");
        assertEquals(new ReportSection(1, "城北区上半年招商引资工作情况",
                new Span(first, text.indexOf("对接在谈项目12个。") + 10)), sections.get(0));
        assertEquals(new ReportSection(2, "上半年招商引资工作开展情况",
                new Span(second, text.indexOf("同比增长32.8%。") + 10)), sections.get(1));
        assertEquals(new ReportSection(3, "上半年招商引资工作开展情况",
                new Span(third, text.indexOf("总投资XX亿元。") + 8)), sections.get(2));
        assertEquals("上半年招商引资工作开展情况\n一、工作成效\n新签约亿元以上项目9个，总投资XX亿元。",
                text.substring(sections.get(2).range().start(), sections.get(2).range().end()));
        assertEquals("汇编.txt#2", sections.get(1).docId("汇编.txt"));
        assertTrue(source.problems().isEmpty());
    }

    @Test
    void splitsSeedCompilationAsGoldHasIt() throws Exception {
        Path seed = Seeds.seed("001");
        JsonNode gold = goldFor(seed);
        SourceText source = READER.read(seed, seed.getFileName().toString());
        String raw = Seeds.text(seed);
        List<String> expected = new ArrayList<>();
        for (JsonNode report : gold.get("reports")) {
            expected.add(report.get("title").asText() + " " + report.get("lines"));
        }
        List<String> actual = new ArrayList<>();
        for (ReportSection s : source.sections()) {
            int start = source.offsets().toRaw(s.range().start());
            int end = source.offsets().toRaw(s.range().end() - 1);
            actual.add(s.title() + " [" + lineOf(raw, start) + "," + lineOf(raw, end) + "]");
        }
        assertEquals(expected, actual);
        assertEquals(List.of(1, 2, 3, 4, 5, 6), source.sections().stream().map(ReportSection::index).toList());
        assertTrue(source.problems().isEmpty());
    }

    @Test
    void titlesSingleSeedReportsAsGoldHasThem() throws Exception {
        for (String number : new String[] {"000", "002", "003", "004"}) {
            Path seed = Seeds.seed(number);
            JsonNode report = goldFor(seed).get("reports").get(0);
            SourceText source = READER.read(seed, seed.getFileName().toString());
            ReportSection section = source.sections().get(0);
            String raw = Seeds.text(seed);
            assertEquals(1, source.sections().size(), number);
            assertEquals(0, section.index(), number);
            assertEquals(report.get("title").isNull() ? null : report.get("title").asText(), section.title(), number);
            assertEquals(report.get("lines").toString(), "[" + lineOf(raw, source.offsets().toRaw(section.range().start()))
                    + "," + lineOf(raw, source.offsets().toRaw(section.range().end() - 1)) + "]", number);
        }
    }

    @Test
    void singleReportSpansItsTextWithoutSurroundingBlankLines() {
        String text = "\n关于全区招商引资工作情况的汇报\n区投资促进局\n今年以来，新签约项目25个。\n\n\n";
        ReportLayout layout = splitter.split("002.docx", text);
        assertEquals(List.of(new ReportSection(0, "关于全区招商引资工作情况的汇报", new Span(1, text.indexOf("。") + 1))),
                layout.sections());
    }

    @Test
    void leavesUntitledWhenReportOpensWithProseOrHeading() {
        assertNull(splitter.split("000.txt", "全市合同利用市外资金5450亿元，增长22.4%。\n").sections().get(0).title());
        assertNull(splitter.split("003.txt", "一、上半年招商引资相关情况\n（一）基本情况\n").sections().get(0).title());
    }

    @Test
    void recognisesTitlesByTheirEnding() {
        assertTrue(splitter.isTitle("关于全区招商引资工作情况的汇报"));
        assertTrue(splitter.isTitle("XX区2023年上半年招商引资工作开展情况"));
        assertTrue(splitter.isTitle("城南区2023年招商引资工作总结（送审稿）"));
        assertTrue(!splitter.isTitle("区投资促进局"));
        assertTrue(!splitter.isTitle("一、上半年招商引资相关情况"));
        assertTrue(!splitter.isTitle("今年以来，全区招商引资总体保持稳中有进良好态势"));
    }

    @Test
    void reportsContentsEntryWhoseTitleNeverFollows() {
        String text = "目录\n城北区招商引资工作情况\t2\n城西区招商引资工作情况\t5\n\n城北区招商引资工作情况\n新签约项目25个。\n";
        ReportLayout layout = splitter.split("汇编.txt", text);
        assertEquals(1, layout.sections().size());
        assertEquals(new ReportSection(1, "城北区招商引资工作情况",
                new Span(text.indexOf("城北区招商引资工作情况\n新"), text.length() - 1)), layout.sections().get(0));
        Problem problem = layout.problems().get(0);
        assertEquals(new Span(text.indexOf("城西区"), text.indexOf("\t5") + 2), problem.span());
        assertEquals("汇编.txt [17, 30): unreadable: the table of contents lists '城西区招商引资工作情况' (page 5) but no"
                + " line after it carries that title; its text stays with the report before it", problem.toString());
    }

    @Test
    void findsTitleWrappedOverTwoLines() {
        String text = "目录\n关于城北区2023年上半年招商引资工作情况的汇报\t2\n城西区招商引资工作情况\t5\n\n"
                + "关于城北区2023年上半年\n招商引资工作情况的汇报\n新签约项目25个。\n城西区招商引资工作情况\n新签约项目19个。";
        List<ReportSection> sections = splitter.split("汇编.txt", text).sections();
        assertEquals(new ReportSection(1, "关于城北区2023年上半年招商引资工作情况的汇报",
                new Span(text.indexOf("关于城北区2023年上半年\n"), text.indexOf("25个。") + 4)), sections.get(0));
        assertEquals(new ReportSection(2, "城西区招商引资工作情况",
                new Span(text.indexOf("城西区招商引资工作情况\n"), text.length())), sections.get(1));
    }

    @Test
    void readsContentsEntries() {
        assertEquals(new TocEntry("2023年上半年我区招商引资工作情况", 10), entry("2023年上半年我区招商引资工作情况\t10"));
        assertEquals(new TocEntry("关于招商工作的汇报", 3), entry("关于招商工作的汇报……………3"));
        assertEquals(new TocEntry("关于招商工作的汇报", 3), entry("  关于招商工作的汇报 . . . . 3 "));
        assertNull(entry("新签约项目25"));
        assertNull(entry("全市新签约项目 25"));
        assertNull(entry("2023\t12"));
    }

    private static TocEntry entry(String line) {
        return TocEntry.parse(line, 0, line.length());
    }

    private static JsonNode goldFor(Path seed) throws IOException {
        String name = seed.getFileName().toString().replace(".txt", ".json");
        return new ObjectMapper().readTree(seed.resolveSibling("gold").resolve(name).toFile());
    }

    /** The 1-based line of {@code offset} in {@code text}. */
    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }
}
