package huibao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import huibao.model.OffsetMap;
import huibao.model.ReportSection;
import huibao.model.Span;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

    private final TextCleaner cleaner = Cleaning.cleaner();

    @Test
    void leavesCleanReportUntouched() {
        String raw = "关于城北区招商引资工作情况的汇报\n\n\u3000\u3000今年以来，城北区新签约项目25个，总投资52.1亿元，"
                + "同比增长22.4%。\n\u3000\u3000一、主要做法\n（一）强化产业链招商。走访企业45家。\n\n";
        CleanedText clean = cleaner.clean(raw);
        assertEquals(raw, clean.text());
        assertTrue(clean.offsets().isIdentity());
    }

    @Test
    void leavesCleanSeedsUntouched() {
        for (String number : new String[] {"003", "004"}) {
            String raw = Seeds.text(Seeds.seed(number));
            CleanedText clean = cleaner.clean(raw);
            assertEquals(raw, clean.text(), "seed " + number);
            assertTrue(clean.offsets().isIdentity(), "seed " + number);
        }
    }

    @Test
    void keepsRedactedBlankOfSeed004() {
        String raw = Seeds.text(Seeds.seed("004"));
        assertTrue(cleaner.clean(raw).text().contains("总投资额\u00A0\u00A0 亿元（含外资1000万美元）"));
    }

    @Test
    void joinsFiguresOfSeed000AndMapsThemBack() {
        String raw = Seeds.text(Seeds.seed("000"));
        CleanedText clean = cleaner.clean(raw);
        int figure = clean.text().indexOf("合同利用市外资金5450亿元");
        assertTrue(figure >= 0);
        int unit = figure + "合同利用市外资金5450".length();
        assertEquals(raw.indexOf("合同利用市外资金5450 亿元") + "合同利用市外资金5450 ".length(), clean.offsets().toRaw(unit));
        assertEquals(new Span(raw.indexOf("5450 亿元"), raw.indexOf("5450 亿元") + 7),
                clean.offsets().toRaw(new Span(unit - 4, unit + 2)));
    }

    @Test
    void mapsPastDeletedBookmarkInSeed002() {
        String raw = Seeds.text(Seeds.seed("002"));
        CleanedText clean = cleaner.clean(raw);
        String bookmark = "[bookmark: _GoBack]";
        int at = raw.indexOf(bookmark);
        assertEquals(raw.replace(bookmark, ""), clean.text());
        assertFalse(clean.offsets().isIdentity());
        assertEquals(at - 1, clean.offsets().toRaw(at - 1));
        assertEquals(at + bookmark.length(), clean.offsets().toRaw(at));
        int heading = clean.text().indexOf("七、创新方式方法");
        assertEquals(raw.indexOf("七、创新方式方法"), clean.offsets().toRaw(heading));
        assertEquals(new Span(raw.indexOf("七、创新方式方法"), raw.indexOf("七、创新方式方法") + 8),
                clean.offsets().toRaw(new Span(heading, heading + 8)));
        assertPointsBack(raw, clean);
    }

    @Test
    void pointsBackIntoEverySeed() {
        for (Path seed : Seeds.all()) {
            String raw = Seeds.text(seed);
            assertPointsBack(raw, cleaner.clean(raw));
        }
    }

    @Test
    void removesByteOrderMarkCarriageReturnsAndZeroWidthSpaces() {
        String raw = "\uFEFF关于招商引资工作情况的汇报\r\n今年以来，\u200B新签约项目25个。\r\n";
        CleanedText clean = cleaner.clean(raw);
        assertEquals("关于招商引资工作情况的汇报\n今年以来，新签约项目25个。\n", clean.text());
        assertEquals(1, clean.offsets().toRaw(0));
        assertEquals(raw.indexOf("新签约"), clean.offsets().toRaw(clean.text().indexOf("新签约")));
        assertPointsBack(raw, clean);
    }

    @Test
    void foldsFullWidthFiguresWithoutMovingOffsets() {
        String raw = "实际使用外资１６．７亿美元，增长３２．８％。";
        CleanedText clean = cleaner.clean(raw);
        assertEquals("实际使用外资16.7亿美元，增长32.8%。", clean.text());
        assertTrue(clean.offsets().isIdentity());
    }

    @Test
    void cleansPagedTextEndToEnd() {
        String raw = "城东区投资促进局工作简报\n今年以来，全区实际使用外资１７４０万美元，同比增长\n- 1 -\n\f"
                + "城东区投资促进局工作简报\n32. 8%，完成全年任务的56.3 %。\n- 2 -\n\f";
        CleanedText clean = cleaner.clean(raw);
        assertEquals("今年以来，全区实际使用外资1740万美元，同比增长32.8%，完成全年任务的56.3%。\n", clean.text());
        int figure = clean.text().indexOf("32.8%");
        assertEquals(raw.indexOf("32. 8%"), clean.offsets().toRaw(figure));
        assertEquals(new Span(raw.indexOf("32. 8%"), raw.indexOf("32. 8%") + 6),
                clean.offsets().toRaw(new Span(figure, figure + 5)));
        assertPointsBack(raw, clean);
    }

    @Test
    void cleansEmptyText() {
        CleanedText clean = cleaner.clean("");
        assertEquals("", clean.text());
        assertTrue(clean.offsets().isIdentity());
    }

    @Test
    void cleansRandomTextWithoutFailing() {
        String[] pieces = {"招", "商", "引", "资", "项", "目", "亿元", "个", "%", "％", "１", "５", "．", "，", "。", "；",
            "0", "3", "7", ".", " ", "  ", "\u00A0", "\u3000", "\n", "\n\n", "\r\n", "\r", "\f", "\t", "\u200B",
            "\uFEFF", "##paidbegin##", "[bookmark: _GoBack]", "- 3 -", "3", "第 2 页", "素材库", "会员群", "一、",
            "（二）", "目录", "……5", "汇报", "\uD842\uDFB7"};
        Random random = new Random(20230630);
        CompilationSplitter splitter = new CompilationSplitter(Cleaning.RULES);
        for (int round = 0; round < 2000; round++) {
            StringBuilder raw = new StringBuilder();
            for (int k = random.nextInt(300); k > 0; k--) {
                raw.append(pieces[random.nextInt(pieces.length)]);
            }
            CleanedText clean = cleaner.clean(raw.toString());
            assertPointsBack(raw.toString(), clean);
            for (ReportSection section : splitter.split("random.txt", clean.text()).sections()) {
                assertTrue(section.range().end() <= clean.text().length(), raw::toString);
            }
        }
    }

    @Test
    void cleansLargeDocument() {
        String paragraph = "今年以来，全区实际使用外资1740 万美元，同比增长32. 8%，完成全年任务的56.3%；新签约项目25 个。\n";
        String raw = paragraph.repeat(20_000);
        CleanedText clean = cleaner.clean(raw);
        String cleaned = "今年以来，全区实际使用外资1740万美元，同比增长32.8%，完成全年任务的56.3%；新签约项目25个。\n";
        assertEquals(cleaned.length() * 20_000, clean.text().length());
        assertTrue(clean.text().endsWith(cleaned));
        int last = clean.text().lastIndexOf("25个");
        assertEquals(raw.lastIndexOf("25 个"), clean.offsets().toRaw(last));
    }

    /**
     * Every cleaned character sits at its mapped raw offset, unless cleaning replaced it one for
     * one (full-width folded, a line break normalised, a broken line between Latin words joined by a space).
     */
    @Test
    void cleansPdfNoiseAroundFiguresAndMapsBack() {
        String raw = "上半年，全镇完成固定资产投资 4 3亿元，同期增 长 1 6.5%；到位外资 226 万 橐 美元，占年计划的 71.4 鳜 %。\n";
        CleanedText clean = cleaner.clean(raw);
        assertEquals("上半年，全镇完成固定资产投资 43亿元，同期增长 16.5%；到位外资 226万美元，占年计划的 71.4%。\n", clean.text());
        int figure = clean.text().indexOf("226万美元");
        assertEquals(raw.indexOf("226"), clean.offsets().toRaw(figure));
        assertEquals(raw.indexOf("美元"), clean.offsets().toRaw(figure + 4));
        assertPointsBack(raw, clean);
    }

    static void assertPointsBack(String raw, CleanedText clean) {
        OffsetMap map = clean.offsets();
        String text = clean.text();
        int previous = -1;
        for (int i = 0; i < text.length(); i++) {
            int r = map.toRaw(i);
            char c = text.charAt(i);
            if (r <= previous || r >= raw.length()) {
                fail("clean offset " + i + " maps to raw " + r + " after " + previous);
            }
            if (raw.charAt(r) != c && folded(raw.charAt(r)) != c && !(raw.charAt(r) == '\n' && c == ' ')) {
                fail("clean offset " + i + " '" + c + "' maps to raw " + r + " '" + raw.charAt(r) + "'");
            }
            previous = r;
        }
    }

    private static char folded(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return switch (c) {
            case '﹪' -> '%';
            case '\r', '\u2028', '\u2029', '\u0085' -> '\n';
            default -> c;
        };
    }
}
