package huibao;

import huibao.config.HuibaoConfig;
import huibao.extract.metadata.ReportMetadataHints;
import huibao.model.Report;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code huibao ingest} killed with SIGKILL at seeded random moments, in a child JVM as the analyst
 * runs it: after each kill the archive opens, holds every file it committed whole, keeps the files
 * committed before the kill, and the next ingest ends with every report exactly once.
 *
 * <p>Each round kills an ingest of the archive the previous kill left (started afresh once fewer
 * than a few files are missing), as an analyst stopped twice in a row would: so the kills also hit
 * runs that open an archive holding files already, skip them by hash and write beside them, and
 * land further into the folder each time although each child is killed within its first dozen
 * files read. The completing ingest runs on a copy, so that the next kill still finds files to write.
 */
class KilledIngestTest {

    private static final int FILES = 40;
    private static final int KILLS = 20;
    private static final int COMMIT_EVERY = 3;
    /** The most files a child reads before its kill; as the archive fills, kills come later in the folder. */
    private static final int MOST_READ = 12;
    private static final long SEED = 20261207L;

    @TempDir
    Path tmp;

    @Test
    void eachOfTwentyKillsLeavesAnArchiveThatOpensKeepsWhatWasCommittedAndIsCompletedByTheNextIngest()
            throws Exception {
        long started = System.nanoTime();
        Path folder = folderOfReports();
        Map<String, Long> expected = completed(tmp.resolve("reference"), folder, 0);
        assertEquals(FILES, expected.size(), "the reference ingest reads every file");
        Path data = tmp.resolve("data");
        Random random = new Random(SEED);
        int kills = 0;
        int runs = 0;
        long childNanos = 0;
        long completingNanos = 0;
        while (kills < KILLS) {
            assertTrue(++runs <= 2 * KILLS, "the child finished before its kill too often");
            Map<String, Long> before = Files.exists(data) ? docsPerFile(data) : Map.of();
            if (FILES - before.size() < 2 * COMMIT_EVERY + 2) {
                deleteTree(data);
                before = Map.of();
            }
            int missing = FILES - before.size();
            // early in the child's run: its start-up, not its files, is what a kill round costs
            int readLines = 1 + random.nextInt(Math.min(MOST_READ, missing - 2));
            int delayMillis = random.nextInt(40);
            long t0 = System.nanoTime();
            boolean killed = killAfter(data, folder, readLines, delayMillis);
            childNanos += System.nanoTime() - t0;
            if (!killed) {
                continue;
            }
            kills++;
            String round = "kill " + kills + " after " + readLines + " file(s) read + " + delayMillis + " ms";
            Map<String, Long> after = openedDocsPerFile(data, round);
            after.forEach((file, docs) -> assertEquals(expected.get(file), docs,
                    round + ": " + file + " is in the archive whole and once"));
            assertTrue(after.keySet().containsAll(before.keySet()), round + ": the files committed before stay");
            if (readLines >= COMMIT_EVERY) {
                assertTrue(after.size() >= before.size() + readLines - COMMIT_EVERY + 1, round + ": "
                        + (after.size() - before.size()) + " file(s) committed by the killed run, expected at least "
                        + (readLines - COMMIT_EVERY + 1) + " (commits every " + COMMIT_EVERY + " files)");
            }
            Path copy = tmp.resolve("completed-" + kills);
            copyTree(data, copy);
            long t1 = System.nanoTime();
            assertEquals(expected, completed(copy, folder, after.size()), round + ": the next ingest holds each file once");
            completingNanos += System.nanoTime() - t1;
            deleteTree(copy);
        }
        System.out.printf(Locale.ROOT, "KilledIngestTest: %d kills (%d child runs) in %.1f s: %.1f s in the killed "
                + "children, %.1f s completing in this JVM%n", kills, runs, (System.nanoTime() - started) / 1e9,
                childNanos / 1e9, completingNanos / 1e9);
    }

    /** {@value #FILES} small reports with distinct names, copied from the corpus's text reports. */
    private Path folderOfReports() throws IOException {
        List<Path> texts;
        try (Stream<Path> s = Files.list(TestSets.CORPUS)) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Path folder = Files.createDirectories(tmp.resolve("reports"));
        for (int i = 0; i < FILES; i++) {
            Path text = texts.get(i % texts.size());
            Files.copy(text, folder.resolve(String.format(Locale.ROOT, "%02d-%s", i, text.getFileName())));
        }
        return folder.toAbsolutePath();
    }

    /**
     * Starts {@code huibao ingest} in a child JVM and kills it {@code delayMillis} after it printed its
     * {@code readLines}-th file read; false when it ended before.
     */
    private boolean killAfter(Path data, Path folder, int readLines, int delayMillis) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path err = tmp.resolve("child.err");
        Process child = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), "huibao.cli.Main", "ingest", "--threads", "2",
                "--commit-every", String.valueOf(COMMIT_EVERY), "--data", data.toString(), folder.toString())
                .redirectError(err.toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            int read = 0;
            String line;
            while (read < readLines && (line = out.readLine()) != null) {
                if (line.startsWith("read ")) {
                    read++;
                }
            }
            if (read < readLines) {
                int code = child.waitFor();
                assertEquals(0, code, "the child ingest failed: " + Files.readString(err));
                return false;
            }
            Thread.sleep(delayMillis);
            boolean alive = child.isAlive();
            child.destroyForcibly().waitFor();
            return alive;
        } finally {
            child.destroyForcibly();
        }
    }

    /** The archive opened as the read-only commands open it, and its documents counted per file. */
    private static Map<String, Long> openedDocsPerFile(Path data, String round) throws IOException {
        Map<String, Long> docs = docsPerFile(data);
        try (Huibao huibao = Huibao.open(new HuibaoConfig(data, null, 1))) {
            assertEquals(docs.size(), huibao.stats().files(), round + ": the archive opens and counts its files");
        }
        return docs;
    }

    /**
     * Ingests {@code folder} to the end into {@code data} and returns its documents per file, after
     * checking that only the {@code held} files already there were skipped and that the reports list
     * has each file's reports once.
     */
    private static Map<String, Long> completed(Path data, Path folder, int held) throws IOException {
        try (Huibao huibao = Huibao.open(new HuibaoConfig(data, null, 2))) {
            IngestSummary s = huibao.ingest(List.of(folder), in -> ReportMetadataHints.none(), o -> { }, false);
            assertEquals(List.of(), s.failures());
            assertEquals(held, s.filesSkipped(), "the files the archive held are skipped");
            assertEquals(FILES - held, s.filesRead(), "the files it lacked are read");
            Map<String, Long> reportsPerFile = huibao.reports().stream()
                    .collect(Collectors.groupingBy(Report::file, TreeMap::new, Collectors.counting()));
            long distinct = huibao.reports().stream().map(Report::doc).distinct().count();
            assertEquals(huibao.reports().size(), distinct, "each report is listed once");
            assertEquals(FILES, reportsPerFile.size(), "each file's reports are listed");
        }
        return docsPerFile(data);
    }

    /** The live documents of each file in the archive (file record, reports, facts, entities). */
    private static Map<String, Long> docsPerFile(Path data) throws IOException {
        Map<String, Long> docs = new TreeMap<>();
        try (FSDirectory dir = FSDirectory.open(data.resolve("index")); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Terms terms = MultiTerms.getTerms(reader, "file");
            if (terms == null) {
                return docs;
            }
            TermsEnum files = terms.iterator();
            for (BytesRef term = files.next(); term != null; term = files.next()) {
                String file = term.utf8ToString();
                TermQuery ofFile = new TermQuery(new Term("file", file));
                int records = searcher.count(new BooleanQuery.Builder().add(ofFile, Occur.FILTER)
                        .add(new TermQuery(new Term("type", "file")), Occur.FILTER).build());
                long count = searcher.count(ofFile);
                if (count > 0) {
                    assertEquals(1, records, file + " has one file record");
                    docs.put(file, count);
                }
            }
        }
        return docs;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> paths;
        try (Stream<Path> s = Files.walk(from)) {
            paths = s.toList();
        }
        for (Path p : paths) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(target);
            } else if (!p.getFileName().toString().equals("write.lock")) {
                Files.copy(p, target);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> s = Files.walk(root)) {
            paths = new ArrayList<>(s.sorted(Comparator.reverseOrder()).toList());
        }
        for (Path p : paths) {
            Files.delete(p);
        }
    }
}
