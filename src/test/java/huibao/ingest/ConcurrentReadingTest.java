package huibao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import huibao.model.SourceText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One reader serves a batch from several threads and gives each file the same result as alone. */
class ConcurrentReadingTest {

    @TempDir
    Path dir;

    @Test
    void readsAlikeFromSeveralThreads() throws Exception {
        ReportReader reader = new ReportReader(Cleaning.DICTIONARIES);
        Path txt = dir.resolve("gbk.txt");
        Files.writeString(txt, "关于全县招商引资工作情况的汇报\n今年以来，全县新签约项目25 个。\n",
                java.nio.charset.Charset.forName("GBK"));
        Path utf8 = dir.resolve("utf8.txt");
        Files.writeString(utf8, "目录\n城北区招商引资工作情况\t2\n城西区招商引资工作情况\t3\n\n城北区招商引资工作情况\n新签约项目25个。\n"
                + "城西区招商引资工作情况\n新签约项目19个。\n", StandardCharsets.UTF_8);
        List<Path> files = List.of(WordReportsTest.fixture("paged-report.pdf"), WordReportsTest.fixture("report.doc"),
                WordReportsTest.fixture("report.wps"), txt, utf8);
        List<String> alone = new ArrayList<>();
        for (Path f : files) {
            alone.add(summary(reader.read(f, f.getFileName().toString())));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    List<String> results = new ArrayList<>();
                    for (Path f : files) {
                        results.add(summary(reader.read(f, f.getFileName().toString())));
                    }
                    return results;
                }));
            }
            for (Future<List<String>> run : runs) {
                assertEquals(alone, run.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static String summary(SourceText source) {
        return source.mediaType() + "|" + source.sha256() + "|" + source.text() + "|" + source.sections();
    }
}
