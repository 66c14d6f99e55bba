package huibao.project;

import huibao.FileOutcome;
import huibao.Huibao;
import huibao.config.HuibaoConfig;
import huibao.extract.metadata.ReportMetadataHints;
import huibao.ingest.InputFile;
import huibao.model.Entity;
import huibao.model.Fact;
import huibao.model.Report;
import huibao.model.ReportExtraction;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports written for the tests as a bureau writes them, saved as UTF-8 files and read by the
 * whole pipeline (parse, clean, split, extract), then tracked as {@link Huibao#projects(List, List,
 * List)} tracks them: a test starts from Chinese prose, and the mentions the tracker merges are
 * the ones extraction finds.
 */
final class WrittenReports implements Closeable {

    private final Huibao huibao;
    private final Path folder;
    private int batch;

    /** A desk writing under {@code folder}; open one per test class, extraction is slow to warm. */
    WrittenReports(Path folder) {
        this.folder = folder;
        this.huibao = Huibao.open(HuibaoConfig.defaults().withDataDir(folder.resolve("data")));
    }

    /**
     * Writes the reports, each "file name" then its text (title line first), reads them in the
     * order given and tracks their projects.
     */
    List<TrackedProject> track(String... fileAndText) throws IOException {
        Path dir = Files.createDirectories(folder.resolve("batch-" + ++batch));
        List<Report> reports = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < fileAndText.length; i += 2) {
            Path file = dir.resolve(fileAndText[i]);
            Files.writeString(file, fileAndText[i + 1], StandardCharsets.UTF_8);
            FileOutcome read = huibao.read(new InputFile(file, fileAndText[i]), ReportMetadataHints.none());
            if (!read.ok()) {
                throw new IllegalStateException(fileAndText[i] + " could not be read: " + read.failure());
            }
            for (ReportExtraction r : read.reports()) {
                reports.add(r.report());
                facts.addAll(r.facts());
                entities.addAll(r.entities());
            }
        }
        return huibao.projects(reports, facts, entities);
    }

    @Override
    public void close() throws IOException {
        huibao.close();
    }
}
