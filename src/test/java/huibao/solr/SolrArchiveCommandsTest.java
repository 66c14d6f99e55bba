package huibao.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import huibao.cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus ingested twice, into a local archive and into a SolrCloud collection of two shards:
 * every command that reads the archive answers the same through Solr as over the data folder, to the
 * character (issue 13). Run by the {@code solr} surefire execution, on Solr's Jetty.
 */
@Tag("solr-cluster")
class SolrArchiveCommandsTest {

    private static final String COLLECTION = "corpus";

    @TempDir
    static Path tmp;
    static SolrCluster cluster;
    static Path local;
    static Run localIngest;
    static Run solrIngest;

    @BeforeAll
    static void ingestTheCorpusBothWays() throws Exception {
        cluster = SolrCluster.start(tmp.resolve("solr"));
        cluster.createCollection(COLLECTION, 2);
        local = tmp.resolve("data");
        localIngest = Run.of("ingest", "--data", local.toString(), "corpus");
        solrIngest = Run.of(solr("ingest", "corpus"));
        System.out.println("local: " + last(localIngest));
        System.out.println("solr:  " + last(solrIngest));
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    /** {@code args} against the Solr collection. */
    private static String[] solr(String... args) {
        return Stream.concat(Arrays.stream(args), Stream.of("--solr", cluster.url(), "--collection", COLLECTION))
                .toArray(String[]::new);
    }

    /** {@code args} against the local archive. */
    private static String[] local(String... args) {
        return Stream.concat(Arrays.stream(args), Stream.of("--data", local.toString())).toArray(String[]::new);
    }

    @Test
    void ingestsTheSameReportsIntoSolr() {
        assertEquals(0, localIngest.code(), localIngest.err());
        assertEquals(0, solrIngest.code(), solrIngest.err());
        assertEquals(summary(localIngest), summary(solrIngest));
        assertTrue(summary(solrIngest).startsWith("ingested 13 file(s): "), solrIngest.out());
    }

    @Test
    void secondIngestIntoSolrSkipsUnchangedFiles() {
        Run again = Run.of(solr("ingest", "corpus"));
        assertEquals(0, again.code(), again.err());
        assertTrue(summary(again).startsWith("ingested 0 file(s): 0 report(s), 0 fact(s); 13 unchanged, 0 failed"),
                again.out());
        assertSame(local("search", "--json", "恒屹"), solr("search", "--json", "恒屹"));
    }

    @Test
    void solrFindsTheReportsNamingAProjectWithItsPassagesMarked() {
        Run r = Run.of(solr("search", "恒屹"));
        assertEquals(0, r.code(), r.err());
        for (String file : List.of("corpus/2023-luting-annual.txt", "corpus/2024h1-luting.pdf", "corpus/2024q1-luting.txt")) {
            assertTrue(r.out().contains(file), r.out());
        }
        assertTrue(r.out().contains("【恒屹】"), r.out());
    }

    @Test
    void aChangedFileIsReplacedAndAGoneOneRemoved() throws Exception {
        cluster.createCollection("changes", 2);
        Path folder = tmp.resolve("changes");
        Files.createDirectories(folder);
        Path yunchuan = folder.resolve("2024h1-yunchuan.txt");
        Files.copy(Path.of("corpus", "2024h1-yunchuan.txt"), yunchuan);
        Files.copy(Path.of("corpus", "2024h1-tangfu-brief.txt"), folder.resolve("2024h1-tangfu-brief.txt"));
        String[] at = {"--solr", cluster.url(), "--collection", "changes"};
        assertEquals(0, Run.of(concat(new String[] {"ingest", folder.toString()}, at)).code());
        assertTrue(Run.of(concat(new String[] {"search", "敲门招商"}, at)).out().contains("2024h1-yunchuan.txt"));

        Files.writeString(yunchuan, Files.readString(yunchuan).replace("敲门招商", "登门招商"));
        Files.delete(folder.resolve("2024h1-tangfu-brief.txt"));
        Run again = Run.of(concat(new String[] {"ingest", "--remove-missing", folder.toString()}, at));
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("removed  " + folder.resolve("2024h1-tangfu-brief.txt")), again.out());
        assertTrue(last(again).startsWith("ingested 1 file(s): 1 report(s), "), again.out());
        assertTrue(last(again).endsWith(" into " + cluster.url() + " (collection changes)"), again.out());

        Run gone = Run.of(concat(new String[] {"search", "\"敲门招商\""}, at));
        assertEquals("no report matches", gone.out().strip());
        assertTrue(Run.of(concat(new String[] {"search", "登门招商"}, at)).out().contains("【登门招商】"));
        Run all = Run.of(concat(new String[] {"search", ""}, at));
        assertTrue(all.out().contains("1 of 1 matching report(s)"), all.out());
    }

    @Test
    void theShippedScriptMakesACollectionHuibaoIngestsInto() throws Exception {
        // a configset of its own: the cluster's "huibao" was put in ZooKeeper directly, and Solr refuses to
        // let an upload over HTTP replace it
        Process script = new ProcessBuilder("sh", "solr/create-collection.sh", cluster.url(), "scripted", "2", "1",
                "huibao-scripted")
                .redirectErrorStream(true).start();
        String said = new String(script.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, script.waitFor(), said);
        assertTrue(said.endsWith("done: huibao ingest --solr " + cluster.url() + " --collection scripted REPORTS/\n"), said);
        String[] at = {"--solr", cluster.url(), "--collection", "scripted"};
        Run ingest = Run.of(concat(new String[] {"ingest", "corpus/2024h1-yunchuan.txt"}, at));
        assertEquals(0, ingest.code(), ingest.err());
        assertTrue(Run.of(concat(new String[] {"search", "敲门招商"}, at)).out().contains("【敲门招商】"));
    }

    static Stream<Arguments> searches() {
        List<String[]> queries = List.of(
                new String[] {"恒屹"},
                new String[] {"海洋科技城"},
                new String[] {"恒屹 竣工投产"},
                new String[] {"\"拿地即开工\""},
                new String[] {"金雷风电 OR 澜港海洋发展集团"},
                new String[] {"海洋 NOT 海洋城"},
                new String[] {"世界500强"},
                new String[] {"1.2亿美元"},
                new String[] {"project:海洋科技城 OR org:澄屿生物医药集团"},
                new String[] {"外资 region:澜州市"},
                new String[] {"招商 year:2023-2024", "-n", "20"},
                new String[] {"indicator:fdi_actual type:汇报"},
                new String[] {"--period", "上半年", "--sort", "date", ""},
                new String[] {"--region", "鹭汀区", "实际使用外资"},
                new String[] {"--year", "2024", "--type", "通报", "外资"},
                new String[] {"", "-n", "50"},
                new String[] {"服务业 实际使用外资 下降"},
                new String[] {"--sort", "date", "开工"});
        List<Arguments> out = new ArrayList<>();
        for (String[] q : queries) {
            out.add(Arguments.of(String.join(" ", q), q));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "search {0}")
    @MethodSource("searches")
    void searchAnswersAsTheLocalArchive(String shown, String[] query) {
        String[] text = concat(new String[] {"search"}, query);
        assertSame(local(text), solr(text));
        String[] json = concat(new String[] {"search", "--json"}, query);
        assertSame(local(json), solr(json));
    }

    @Test
    void datasetIsTheSameTable() throws Exception {
        assertSame(local("dataset"), solr("dataset"));
        Path a = tmp.resolve("local.json");
        Path b = tmp.resolve("solr.json");
        assertEquals(0, Run.of(local("dataset", "--out", a.toString())).code());
        assertEquals(0, Run.of(solr("dataset", "--out", b.toString())).code());
        assertEquals(Files.readString(a), Files.readString(b));
        assertSame(local("dataset", "--region", "澜州市", "--period", "1-6月"),
                solr("dataset", "--region", "澜州市", "--period", "1-6月"));
    }

    @Test
    void checkFindsTheSame() {
        assertSame(local("check"), solr("check"));
        assertSame(local("check", "--all", "--format", "jsonl"), solr("check", "--all", "--format", "jsonl"));
    }

    @Test
    void projectsAreTheSame() {
        Run projects = assertSame(local("projects", "--json"), solr("projects", "--json"));
        assertSame(local("projects"), solr("projects"));
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f]+)\"").matcher(projects.out());
        assertTrue(id.find(), projects.out());
        assertSame(local("project", id.group(1), "--json"), solr("project", id.group(1), "--json"));
    }

    @Test
    void unreachableSolrIsOneLine() {
        Run r = Run.of("search", "--solr", "http://127.0.0.1:1/solr", "--collection", COLLECTION, "恒屹");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith("huibao search: cannot reach Solr at http://127.0.0.1:1/solr: "), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void missingCollectionIsAUsageError() {
        Run r = Run.of("dataset", "--solr", cluster.url(), "--collection", "nosuch");
        assertEquals(2, r.code(), r.err());
        assertEquals("huibao dataset: Solr at " + cluster.url() + " holds no collection nosuch; make it with "
                + "solr/create-collection.sh", r.err().strip());
    }

    /** Runs both, checks both succeed and print the same, and gives the local run. */
    private static Run assertSame(String[] localArgs, String[] solrArgs) {
        Run a = Run.of(localArgs);
        Run b = Run.of(solrArgs);
        assertEquals(0, a.code(), a.err());
        assertEquals(0, b.code(), b.err());
        assertEquals(scoresRounded(a.out()), scoresRounded(b.out()), String.join(" ", solrArgs));
        assertEquals(a.err(), b.err());
        return a;
    }

    /**
     * The JSON scores to six significant digits: Solr sums a score's parts in another order than the
     * local index, so the last bits of a float may differ; the ranking they make may not.
     */
    private static String scoresRounded(String out) {
        Matcher m = Pattern.compile("\"score\":([0-9.Ee+-]+)").matcher(out);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, "\"score\":" + String.format(java.util.Locale.ROOT, "%.6g",
                    Double.parseDouble(m.group(1))));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** The summary line of an ingest, without its timing and target. */
    private static String summary(Run ingest) {
        return last(ingest).replaceAll(" \\(.*$", "");
    }

    private static String last(Run run) {
        return run.lines().get(run.lines().size() - 1);
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Arrays.stream(a), Arrays.stream(b)).toArray(String[]::new);
    }
}
