package huibao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code huibao projects} and {@code huibao project ID} over the sample corpus, as an analyst runs them. */
class ProjectCommandsTest {

    @TempDir
    static Path tmp;
    private static String data;

    private static Run run(String... args) {
        return Run.of(args);
    }

    @BeforeAll
    static void ingestTheCorpus() {
        data = tmp.resolve("data").toString();
        Run r = run("ingest", "-q", "--data", data, "corpus");
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void projectsListsEachProjectWithItsStagePathReportsAndLatestInvestment() {
        Run r = run("projects", "--data", data);
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.lines();
        assertTrue(lines.get(0).startsWith("编号"), lines.get(0));
        assertEquals("19 个项目", lines.get(lines.size() - 1));
        String ocean = lines.stream().filter(l -> l.startsWith("84c15962")).findFirst().orElseThrow();
        assertEquals(List.of("84c15962", "汀湾海洋科技城项目", "鹭汀区", "开工", "在谈→签约→开工", "4",
                "总投资45亿元（corpus/2024h1-city.docx）"), List.of(ocean.split("\\s+")));
    }

    @Test
    void aQueryKeepsTheProjectsWhoseNameRegionOrInvestorHoldsIt() {
        assertEquals(1 + 1 + 1, run("projects", "--data", data, "恒屹").lines().size());
        assertEquals(1 + 4 + 1, run("projects", "--data", data, "鹭汀区").lines().size());
        assertEquals(1 + 1 + 1, run("projects", "--data", data, "江屿重工").lines().size());
        assertEquals(List.of("编号  项目  地区  阶段  阶段变化  报告  最新投资", "0 个项目"), run("projects", "--data", data, "无此项目").lines());
    }

    @Test
    void projectShowsTheTimelineAndFiguresWithTheirOffsetsAndSentences() {
        Run r = run("project", "--data", data, "84c1");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.lines();
        assertEquals("汀湾海洋科技城项目  [84c15962]", lines.get(0));
        assertTrue(lines.contains("阶段    开工（在谈→签约→开工），4 份报告"), r.out());
        int signed = lines.indexOf("  2024年1-3月（2024年4月8日）  签约  corpus/2024q1-luting.txt@302-309");
        assertTrue(signed > 0, r.out());
        assertEquals("    3月12日，区政府与澜港海洋发展集团有限公司正式签订海洋科技城项目投资协议。", lines.get(signed + 1));
        assertTrue(lines.contains("  2024年1-3月（2024年4月8日）  计划开工  corpus/2024q1-luting.txt@577-582"), r.out());
        assertTrue(lines.contains("  2023年1-12月（2024年1月10日）  计划总投资约45亿元  corpus/2023-luting-annual.txt@565-569"), r.out());
    }

    @Test
    void projectJsonCarriesExactAmountsAndSpans() throws Exception {
        Run r = run("project", "--data", data, "--json", "84c15962");
        assertEquals(0, r.code(), r.err());
        JsonNode p = new ObjectMapper().readTree(r.out());
        assertEquals("汀湾海洋科技城项目", p.get("name").asText());
        assertEquals("321702", p.get("region_code").asText());
        List<String> path = new ArrayList<>();
        p.get("stage_path").forEach(stage -> path.add(stage.asText()));
        assertEquals(List.of("在谈", "签约", "开工"), path);
        JsonNode first = p.get("investment").get(0).get("fact");
        assertEquals(0, new BigDecimal("4500000000").compareTo(first.get("base_value").decimalValue()));
        assertEquals("CNY", first.get("base_unit").asText());
        assertEquals("[565,569]", first.get("span").toString());
        assertEquals(6, p.get("timeline").size());
        assertTrue(p.get("timeline").get(1).get("planned").asBoolean());
    }

    @Test
    void projectsJsonIsOneObjectPerLine() throws Exception {
        Run r = run("projects", "--data", data, "--json", "澜州经济技术开发区");
        assertEquals(0, r.code(), r.err());
        assertEquals(3, r.lines().size());
        for (String line : r.lines()) {
            assertEquals("321771", new ObjectMapper().readTree(line).get("region_code").asText());
        }
    }

    @Test
    void anUnknownIdIsAUsageErrorThatSaysWhereToLook() {
        Run r = run("project", "--data", data, "ffffffff");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no project with id 'ffffffff'"), r.err());
        assertTrue(r.err().contains("huibao projects lists them"), r.err());
    }
}
