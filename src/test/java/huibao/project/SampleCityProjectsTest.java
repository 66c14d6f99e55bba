package huibao.project;

import huibao.Huibao;
import huibao.IngestSummary;
import huibao.TestSets;
import huibao.config.HuibaoConfig;
import huibao.extract.metadata.ReportMetadataHints;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tracker over huibao's sample corpus, ingested into an archive: the projects that
 * {@code sets/sample-city/tracked-projects.tsv} follows through the reports under their changing
 * names are one entry each, and only they are.
 */
class SampleCityProjectsTest {

    static final Path CORPUS = TestSets.CORPUS;
    static final Path TRACKED = TestSets.SAMPLE_CITY.dir().resolve("tracked-projects.tsv");

    @TempDir
    static Path data;
    private static Huibao huibao;
    private static List<TrackedProject> projects;

    @BeforeAll
    static void ingestTheCorpus() throws IOException {
        huibao = Huibao.open(HuibaoConfig.defaults().withDataDir(data));
        IngestSummary s = huibao.ingest(List.of(CORPUS), in -> ReportMetadataHints.none(), o -> { }, false);
        assertTrue(s.failures().isEmpty(), () -> s.failures().toString());
        projects = huibao.projects();
    }

    @AfterAll
    static void close() throws IOException {
        huibao.close();
    }

    /** "region name stage-path reports" per entry, as {@code huibao projects} lists them. */
    private static List<String> listed() {
        return projects.stream().map(p -> p.regionName() + " " + p.name() + " " + String.join("→", p.stagePath()) + " "
                + p.reports().size()).toList();
    }

    @Test
    void listsOneEntryPerProjectOfTheCorpus() {
        assertEquals(List.of(
                "鹭汀区 恒屹新能源电池结构件项目 签约→在建→竣工投产 3",
                "鹭汀区 汀湾海洋科技城项目 在谈→签约→开工 4",
                "鹭汀区 海洋装备产业园项目 在谈→签约 2",
                "鹭汀区 智慧冷链物流中心项目 在谈 1",
                "蕴川区 瀚沣新能源汽车零部件产业园项目 签约 1",
                "蕴川区 蕴川智慧物流港项目  1",
                "枫渚区 创新药生产基地项目  1",
                "枫渚区 电子级新材料项目  1",
                "岚台区 岚舟智能装备产业园项目 签约 1",
                "芦溆县 佳朔食品精深加工产业园项目 签约 1",
                "棠阜县 鑫阜新型建材项目 在建 3",
                "泓水县 沛禾生态农业产业园项目 在建 1",
                "泓水县 全程帮办项目  1",
                "澜州经济技术开发区 德锐汽车电子产业园项目 开工 2",
                "澜州经济技术开发区 芯晟集成电路封装测试项目 开工 2",
                "澜州经济技术开发区 生物基材料中试基地项目  1",
                "澹川市 澹川精密传动系统产业园项目 签约 1",
                "澹川市 储能电池系统集成项目 签约 1",
                "澹川市 高端装备配套产业园项目 在谈 1"), listed());
    }

    @Test
    void followsTheOceanTechCityFromTalksThroughSigningToGroundBreakingAcrossFourReports() {
        TrackedProject p = only("汀湾海洋科技城项目");
        assertEquals(List.of("汀湾海洋科技城项目", "海洋科技城项目", "海洋科技城"), p.names());
        assertEquals(List.of("澜港海洋发展集团有限公司"), p.investors());
        assertEquals(List.of(
                        "corpus/2023-luting-annual.txt@537-546 在谈",
                        "corpus/2023-luting-annual.txt@965-974 计划签约",
                        "corpus/2024q1-luting.txt@302-309 签约",
                        "corpus/2024q1-luting.txt@577-582 计划开工",
                        "corpus/2024h1-luting.pdf@436-441 开工",
                        "corpus/2024h1-city.docx@1012-1021 开工"),
                p.timeline().stream().map(s -> s.location() + " " + s.label()).toList());
        assertEquals("3月12日，区政府与澜港海洋发展集团有限公司正式签订海洋科技城项目投资协议。", p.timeline().get(2).sentence());
        assertEquals(List.of("计划总投资约45亿元", "总投资45亿元", "一期投资16.8亿元", "总投资45亿元"),
                p.investment().stream().map(InvestmentFigure::display).toList());
        // the id is a hash of region and canonical name, the same in every run over this archive
        assertEquals("84c15962", p.id());
    }

    @Test
    void theProjectsFollowedUnderChangingNamesAreOneEntryEachAndTheOneSharingAWordIsAnother() throws IOException {
        Map<String, Set<String>> entriesByProject = new HashMap<>();
        for (String line : Files.readAllLines(TRACKED, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("project\t") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t");
            String doc = "corpus/" + cells[1];
            List<String> holding = projects.stream()
                    .filter(p -> p.mentions().stream().anyMatch(m -> m.report().doc().equals(doc)
                            && m.name().equals(cells[2])))
                    .map(TrackedProject::id).toList();
            assertEquals(1, holding.size(), () -> cells[2] + " in " + doc + " is in " + holding.size() + " entries");
            entriesByProject.computeIfAbsent(cells[0], k -> new HashSet<>()).add(holding.get(0));
        }
        assertEquals(Set.of("P1", "P2", "P3", "P4", "D1"), entriesByProject.keySet());
        Set<String> distinct = new HashSet<>();
        for (Map.Entry<String, Set<String>> e : entriesByProject.entrySet()) {
            assertEquals(1, e.getValue().size(), () -> e.getKey() + " is split over " + e.getValue());
            assertTrue(distinct.add(e.getValue().iterator().next()), () -> e.getKey() + " shares an entry");
        }
        assertNotEquals(only("汀湾海洋科技城项目").id(), only("海洋装备产业园项目").id());
    }

    @Test
    void noTwoEntriesOfOneRegionWriteTheSameName() {
        for (TrackedProject a : projects) {
            for (TrackedProject b : projects) {
                if (a != b && Objects.equals(a.regionCode(), b.regionCode())) {
                    for (String name : a.names()) {
                        assertTrue(!b.names().contains(name), () -> name + " is written for both " + a.id() + " and " + b.id());
                    }
                }
            }
        }
        assertEquals(projects.size(), projects.stream().map(TrackedProject::id).distinct().count());
    }

    private static TrackedProject only(String name) {
        List<TrackedProject> found = projects.stream().filter(p -> p.name().equals(name)).toList();
        assertEquals(1, found.size(), () -> name + ": " + listed());
        return found.get(0);
    }
}
