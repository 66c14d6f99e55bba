package huibao;

import huibao.config.Dictionaries;
import huibao.config.HuibaoConfig;
import huibao.extract.metadata.ReportMetadataHints;
import huibao.index.ReportHit;
import huibao.index.ReportIndex;
import huibao.ingest.InputFile;
import huibao.index.SearchRequest;
import huibao.model.Fact;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Ingesting a folder again: unchanged files are skipped by their content, a changed file replaces
 * its old version, and files gone from the folder are dropped when asked, on one thread and on
 * several, in one session and across sessions.
 */
class IncrementalIngestTest {

    private static final Path SOURCES = TestSets.SAMPLE_CITY.reports();
    private static final List<String> REPORTS = List.of("2024m5-tangfu.txt", "2024h1-yunchuan.txt",
            "2024m5-jingkai.txt");

    @TempDir
    Path tmp;

    private Path folderOfThreeReports() throws IOException {
        Path folder = tmp.resolve("reports");
        Files.createDirectories(folder);
        for (String name : REPORTS) {
            Files.copy(SOURCES.resolve(name), folder.resolve(name));
        }
        return folder;
    }

    private static IngestSummary ingest(Huibao huibao, Path folder, boolean removeMissing) throws IOException {
        return huibao.ingest(List.of(folder), in -> ReportMetadataHints.none(), o -> { }, removeMissing);
    }

    private static Huibao open(Path data, int threads) {
        return Huibao.open(new HuibaoConfig(data, null, threads));
    }

    private static List<String> files(Huibao huibao, String query) {
        return huibao.search(SearchRequest.of(query)).hits().stream().map(ReportHit::file)
                .map(f -> Path.of(f).getFileName().toString()).sorted().toList();
    }

    /** Skipped when running as root, which reads every folder whatever its permissions. */
    @Test
    void removeMissingKeepsTheFilesOfAFolderThatCannotBeOpened() throws IOException {
        Path folder = tmp.resolve("reports");
        Path district = Files.createDirectories(folder.resolve("district"));
        Files.copy(SOURCES.resolve(REPORTS.get(0)), folder.resolve(REPORTS.get(0)));
        Files.copy(SOURCES.resolve(REPORTS.get(1)), district.resolve(REPORTS.get(1)));
        Path data = tmp.resolve("data");
        try (Huibao huibao = open(data, 1)) {
            assertEquals(2, ingest(huibao, folder, false).filesRead());
        }
        Files.setPosixFilePermissions(district, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(district), "running as root: root reads every folder, so none is unreadable");
            try (Huibao huibao = open(data, 1)) {
                IngestSummary again = ingest(huibao, folder, true);
                assertEquals(List.of(), again.removed());
                assertEquals(1, again.failures().size(), again.failures().toString());
                assertEquals(folder + "/district", again.failures().get(0).doc());
                assertEquals(2, huibao.reports().size());
            }
        } finally {
            Files.setPosixFilePermissions(district, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void skipsUnchangedFilesReplacesAChangedOneAndDropsADeletedOneAcrossSessions() throws IOException {
        Path folder = folderOfThreeReports();
        Path data = tmp.resolve("data");
        try (Huibao huibao = open(data, 2)) {
            IngestSummary first = ingest(huibao, folder, false);
            assertEquals(3, first.filesRead());
            assertEquals(0, first.filesSkipped());
        }
        Path tangfu = folder.resolve("2024m5-tangfu.txt");
        String revised = Files.readString(tangfu, StandardCharsets.UTF_8)
                .replace("鑫阜新型建材项目主体厂房加快建设", "澄屿光伏组件项目主体厂房加快建设");
        Files.writeString(tangfu, revised, StandardCharsets.UTF_8);
        try (Huibao huibao = open(data, 2)) {
            IngestSummary second = ingest(huibao, folder, false);
            assertEquals(1, second.filesRead());
            assertEquals(2, second.filesSkipped());
            assertEquals(List.of("2024m5-tangfu.txt"), files(huibao, "澄屿光伏"));
            assertEquals(List.of("2024m5-tangfu.txt"), files(huibao, "鑫阜新型建材项目"),
                    "the revised report still names 鑫阜 once, in its plans");
            assertEquals(0, huibao.search(SearchRequest.of("\"鑫阜新型建材项目主体厂房\"")).totalHits(),
                    "the old sentence is gone with the old version");
            assertEquals(3, huibao.stats().files());
            assertEquals(3, huibao.stats().reports());
        }
        Files.delete(folder.resolve("2024h1-yunchuan.txt"));
        try (Huibao huibao = open(data, 1)) {
            IngestSummary kept = ingest(huibao, folder, false);
            assertEquals(List.of(), kept.removed());
            assertEquals(3, huibao.stats().files(), "without --remove-missing the archive keeps the file");
            IngestSummary third = ingest(huibao, folder, true);
            assertEquals(0, third.filesRead());
            assertEquals(2, third.filesSkipped());
            assertEquals(1, third.removed().size());
            assertTrue(third.removed().get(0).endsWith("2024h1-yunchuan.txt"), third.removed().toString());
            assertEquals(List.of(), files(huibao, "瀚沣新能源汽车零部件产业园"));
            assertEquals(2, huibao.stats().files());
            assertTrue(huibao.facts().stream().map(Fact::doc).noneMatch(d -> d.endsWith("2024h1-yunchuan.txt")));
        }
    }

    @Test
    void aFileChangedTwiceInOneSessionOfAFreshArchiveKeepsOnlyItsLastVersion() throws IOException {
        Path folder = folderOfThreeReports();
        Path tangfu = folder.resolve("2024m5-tangfu.txt");
        String original = Files.readString(tangfu, StandardCharsets.UTF_8);
        try (Huibao huibao = open(tmp.resolve("data"), 1)) {
            ingest(huibao, folder, false);
            List<Integer> factCounts = new ArrayList<>();
            for (String county : List.of("芦溆县", "泓水县")) {
                Files.writeString(tangfu, original.replace("棠阜县", county), StandardCharsets.UTF_8);
                IngestSummary s = ingest(huibao, folder, false);
                assertEquals(1, s.filesRead());
                factCounts.add(s.facts());
            }
            assertEquals(3, huibao.stats().reports());
            assertEquals(List.of(), files(huibao, "棠阜县"));
            assertEquals(List.of(), files(huibao, "芦溆县"));
            assertEquals(List.of("2024m5-tangfu.txt"), files(huibao, "泓水县"));
            assertEquals(factCounts.get(1).intValue(), (int) huibao.facts().stream()
                    .filter(f -> f.doc().endsWith("2024m5-tangfu.txt")).count());
        }
    }

    @Test
    void severalThreadsIngestWhatOneThreadDoes() throws IOException {
        Path folder = folderOfThreeReports();
        List<List<Fact>> facts = new ArrayList<>();
        for (int threads : new int[] {1, 2}) {
            try (Huibao huibao = open(tmp.resolve("data-" + threads), threads)) {
                IngestSummary s = ingest(huibao, folder, false);
                assertEquals(3, s.filesRead());
                facts.add(huibao.facts());
            }
        }
        assertTrue(facts.get(0).size() > 30, "facts: " + facts.get(0).size());
        assertEquals(facts.get(0), facts.get(1));
    }

    @Test
    void commitsEveryFewFilesSoThatAnotherReaderSeesTheFilesReportedBeforeTheRunEnds() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("reports"));
        for (int copy = 0; copy < 3; copy++) {
            for (String name : REPORTS) {
                Files.copy(SOURCES.resolve(name), folder.resolve(copy + "-" + name));
            }
        }
        Path data = tmp.resolve("data");
        List<String> seen = new ArrayList<>();
        try (Huibao huibao = open(data, 2)) {
            huibao.ingest(List.of(folder), in -> ReportMetadataHints.none(), o -> {
                seen.add(o.file());
                assertTrue(committedFiles(data) >= seen.size() - 1,
                        "every 2 files: " + committedFiles(data) + " committed when file " + seen.size() + " is reported");
            }, false, new CommitPolicy(2, Duration.ofHours(1)));
        }
        Path onTime = tmp.resolve("on-time");
        seen.clear();
        try (Huibao huibao = open(onTime, 2)) {
            huibao.ingest(List.of(folder), in -> ReportMetadataHints.none(), o -> {
                seen.add(o.file());
                assertTrue(committedFiles(onTime) >= seen.size(),
                        "the interval is up at once: " + committedFiles(onTime) + " committed when file " + seen.size() + " is reported");
            }, false, new CommitPolicy(1000, Duration.ofNanos(1)));
        }
        assertEquals(9, seen.size());
    }

    @Test
    void aSlowFileKeepsTheFilesAfterItFromPilingUpReadButUnreported() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("window"));
        for (int copy = 0; copy < 8; copy++) {
            for (String name : REPORTS) {
                Files.copy(SOURCES.resolve(name), folder.resolve(copy + "-" + name));
            }
        }
        Path data = tmp.resolve("window-data");
        try (Huibao huibao = open(data, 2);
             ReportIndex index = ReportIndex.openForIngest(data, Dictionaries.packaged())) {
            List<InputFile> inputs = huibao.inputs(List.of(folder));
            String first = inputs.get(0).file();
            java.util.concurrent.atomic.AtomicInteger readWhileFirstWaits = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.CountDownLatch firstMayEnd = new java.util.concurrent.CountDownLatch(1);
            // set when the first file's slow part ends, not when it is reported: the run may hand the
            // next file to a worker between the two, and that file was not read while the first waited
            java.util.concurrent.atomic.AtomicBoolean firstWaits = new java.util.concurrent.atomic.AtomicBoolean(true);
            java.util.function.BiFunction<InputFile, ReportMetadataHints, FileOutcome> reader = (in, hints) -> {
                if (in.file().equals(first)) {
                    try {
                        // long enough for every other file to be read, were nothing holding them back
                        firstMayEnd.await(3, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    firstWaits.set(false);
                } else if (firstWaits.get()) {
                    readWhileFirstWaits.incrementAndGet();
                }
                return huibao.read(in, hints);
            };
            List<String> reported = new ArrayList<>();
            new Ingestion(index, reader, 2, CommitPolicy.DEFAULT)
                    .run(List.of(folder), inputs, in -> ReportMetadataHints.none(), o -> {
                        reported.add(o.file());
                        firstMayEnd.countDown();
                    }, false);
            assertEquals(inputs.size(), reported.size());
            int window = Ingestion.READ_AHEAD * 2;
            assertTrue(readWhileFirstWaits.get() < window,
                    readWhileFirstWaits.get() + " of " + (inputs.size() - 1) + " files read while the first was slow; at most "
                            + (window - 1) + " may be read ahead");
        }
    }

    @Test
    void theThreadsAreNoMoreThanTheHeapHoldsFilesOfTheLongestKind() {
        assertEquals(2, Ingestion.workers(2, 100, 1L << 30));
        assertEquals(1, Ingestion.workers(4, 100, 256L << 20));
        assertEquals(8, Ingestion.workers(8, 100, 8L << 30));
        assertEquals(3, Ingestion.workers(8, 3, 8L << 30));
        assertEquals(1, Ingestion.workers(2, 0, 1L << 30));
    }

    /** The files in the archive's last commit, as another process reads it. */
    private static int committedFiles(Path data) {
        try (FSDirectory dir = FSDirectory.open(data.resolve("index")); DirectoryReader reader = DirectoryReader.open(dir)) {
            return new IndexSearcher(reader).count(new TermQuery(new Term("type", "file")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
