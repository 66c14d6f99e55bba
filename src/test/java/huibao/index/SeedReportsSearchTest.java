package huibao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import huibao.model.OffsetMap;
import huibao.model.Period;
import huibao.model.Report;
import huibao.model.ReportExtraction;
import huibao.model.ReportSection;
import huibao.model.SourceText;
import huibao.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real seed reports in ../shared/seeds, each indexed whole as one report without facts:
 * proper nouns that smartcn splits must still find their report first. Skipped when the shared
 * folder is absent.
 */
class SeedReportsSearchTest {

    private static final Path SEEDS = Path.of("..", "shared", "seeds");

    @TempDir
    static Path dataDir;
    static ReportIndex index;

    @BeforeAll
    static void indexSeeds() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "the shared seed reports are not at " + SEEDS.toAbsolutePath());
        index = ReportIndex.open(dataDir);
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = p.getFileName().toString();
                String text = Files.readString(p, StandardCharsets.UTF_8);
                Span all = new Span(0, text.length());
                Report report = new Report(name, name, null, null, null, all, text, null, null, false, null,
                        Period.unknown());
                SourceText source = new SourceText(name, null, "text/plain; charset=UTF-8", text, OffsetMap.identity(),
                        List.of(new ReportSection(0, null, all)), List.of());
                index.replace(source, List.of(new ReportExtraction(report, List.of(), List.of(), List.of())));
            }
        }
        index.commit();
    }

    @AfterAll
    static void close() throws IOException {
        if (index != null) {
            index.close();
        }
    }

    private static ReportHit first(String query) {
        List<ReportHit> hits = index.search(SearchRequest.of(query)).hits();
        assertTrue(!hits.isEmpty(), "no hit for " + query);
        return hits.get(0);
    }

    @Test
    void haiyangchengFindsTheReportNamingTheProjectFirst() {
        ReportHit hit = first("海洋城");
        assertEquals("004_f0e87a1efcb6eec1.txt", hit.doc());
        assertTrue(hit.snippets().get(0).render("【", "】").contains("的【海洋城】项目"),
                hit.snippets().get(0).render("【", "】"));
    }

    @Test
    void jinleiFengdianFindsTheReportNamingTheCompanyFirst() {
        ReportHit hit = first("金雷风电");
        assertEquals("002_f84649e7d7ec77ae.txt", hit.doc());
        assertEquals(2, hit.snippets().size());
        assertTrue(hit.snippets().stream().allMatch(s -> s.render("【", "】").contains("【金雷风电】")));
    }

    @Test
    void quotedPhraseMayEndInsideAWordOfTheText() {
        // 世界500强项目 is indexed 世界 500 强项 项目: the phrase must still end on 强
        assertEquals(List.of("000_9dc593a01dbe21ff.txt", "001_68726df448c753f2.txt"),
                index.search(SearchRequest.of("\"世界500强\"")).hits().stream().map(ReportHit::doc).sorted().toList());
    }

    @Test
    void everySeedIsIndexedWithoutFacts() {
        assertEquals(5, index.stats().reports());
        assertEquals(0, index.stats().facts());
    }
}
