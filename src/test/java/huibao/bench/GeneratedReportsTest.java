package huibao.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The benchmark's reports: the corpus told of real cities, other years, other figures and other companies. */
class GeneratedReportsTest {

    private static final GeneratedReports REPORTS = GeneratedReports.load(Path.of(""));

    @Test
    void tellsTheYunchuanReportOfARealDistrictYearAndCompanies() {
        int yunchuan = 0;
        while (!REPORTS.report(yunchuan).relative().getFileName().toString().endsWith("2024h1-yunchuan.txt")) {
            yunchuan++;
        }
        GeneratedReports.Generated g = REPORTS.report(REPORTS.templates() + yunchuan);
        String text = g.text();
        assertEquals("130200", g.city().code());
        assertEquals(2016, g.year());
        assertTrue(text.startsWith(g.city().counties().get(1)[1] + "2016年1-6月招商引资工作情况汇报\n"), text);
        assertFalse(text.contains("蕴川") || text.contains("澜州") || text.contains("瀚沣") || text.contains("2024"), text);
        assertTrue(text.contains(g.brands().get(6) + "新能源汽车零部件产业园项目"), text);
        assertTrue(text.contains("1-6月，全区实际使用外资"), "months are not figures: " + text);
    }

    @Test
    void reportsDifferAndComeOutTheSameEachTime() {
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < 3 * REPORTS.templates(); i++) {
            texts.add(REPORTS.report(i).text());
        }
        assertEquals(3 * REPORTS.templates(), texts.size());
        assertEquals(REPORTS.report(40).text(), GeneratedReports.load(Path.of("")).report(40).text());
        assertNotEquals(REPORTS.report(0).relative(), REPORTS.report(REPORTS.templates()).relative());
    }

    @Test
    void brandsOfOneSetAreDistinct() {
        List<String> brands = GeneratedReports.brandsOf(7);
        assertEquals(brands.size(), new HashSet<>(brands).size());
        assertEquals(brands, GeneratedReports.brandsOf(7));
    }
}
