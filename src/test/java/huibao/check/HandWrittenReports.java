package huibao.check;

import huibao.FileOutcome;
import huibao.Huibao;
import huibao.config.HuibaoConfig;
import huibao.extract.metadata.ReportMetadataHints;
import huibao.ingest.InputFile;
import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Report;
import huibao.model.ReportExtraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Reports written for the tests as a district's bureau writes them, saved as UTF-8 text files and
 * read as huibao reads the analyst's files (parse, clean, split, extract), then checked together
 * as {@link Huibao#check(List, List)} checks them, with the divisions of the dictionaries. A test
 * thus starts from Chinese prose, and the facts the checks judge are the ones extraction reads.
 *
 * <p>A test class registers one desk as a static extension; it opens before the class's tests, in a
 * folder of its own, and is closed and cleared after them (it is slow to warm, so once per class):
 * {@code @RegisterExtension static final HandWrittenReports desk = HandWrittenReports.desk();}
 */
final class HandWrittenReports implements BeforeAllCallback, AfterAllCallback {

    /** A report to write: its file name and its text, title line first. */
    record Written(String file, String text) {
    }

    /**
     * What was read from a batch of reports and what the checks found in them.
     *
     * @param reports  the reports read, in the order written
     * @param facts    their facts
     * @param findings every finding, errors first, with the relations that hold (severity OK)
     */
    record Checked(List<Report> reports, List<Fact> facts, List<Finding> findings) {

        /** The findings of one check. */
        List<Finding> of(Finding.Kind kind) {
            return findings.stream().filter(f -> f.kind() == kind).toList();
        }

        /** The one finding of {@code kind}; fails, listing every finding, when there is not exactly one. */
        Finding only(Finding.Kind kind) {
            List<Finding> of = of(kind);
            if (of.size() != 1) {
                throw new AssertionError("expected one " + kind + " finding, got " + of.size() + ":\n" + listed());
            }
            return of.get(0);
        }

        /** The findings that ask the analyst to act: errors and gaps. */
        List<Finding> flagged() {
            return findings.stream().filter(Finding::flags).toList();
        }

        /** The one fact written as {@code text}. */
        Fact fact(String text) {
            List<Fact> found = facts.stream().filter(f -> f.text().strip().equals(text)).toList();
            if (found.size() != 1) {
                throw new AssertionError(found.size() + " facts written as " + text + " in " + facts);
            }
            return found.get(0);
        }

        /** Every finding, one per line, for failure messages. */
        String listed() {
            return findings.stream().map(HandWrittenReports::line).collect(Collectors.joining("\n"));
        }
    }

    private Huibao huibao;
    private Path folder;
    private int batch;

    private HandWrittenReports() {
    }

    /** A desk for one test class, registered with {@code @RegisterExtension}. */
    static HandWrittenReports desk() {
        return new HandWrittenReports();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("huibao-desk-");
        huibao = Huibao.open(HuibaoConfig.defaults().withDataDir(folder.resolve("data")));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        huibao.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(HandWrittenReports::delete);
        }
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A report saved as {@code file}, its text beginning with its title line. */
    static Written report(String file, String text) {
        return new Written(file, text);
    }

    /** Writes {@code written} into a folder of their own, reads them and runs every check over them. */
    Checked check(Written... written) throws IOException {
        Path dir = Files.createDirectories(folder.resolve("batch-" + ++batch));
        List<Report> reports = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        for (Written w : written) {
            Path file = dir.resolve(w.file());
            Files.writeString(file, w.text(), StandardCharsets.UTF_8);
            FileOutcome read = huibao.read(new InputFile(file, w.file()), ReportMetadataHints.none());
            if (!read.ok()) {
                throw new IllegalStateException(w.file() + " could not be read: " + read.failure());
            }
            for (ReportExtraction r : read.reports()) {
                reports.add(r.report());
                facts.addAll(r.facts());
            }
        }
        return new Checked(reports, facts, huibao.check(reports, facts));
    }

    /**
     * A finding in one line, the way the tests assert it: kind, severity, whether it holds only
     * through rounding, what the other figures imply, what the report states, and the facts it rests
     * on, the stated one last: {@code COMPLETION ERROR expected 55.69% stated 58.9% from [3620万美元,
     * 6500万美元, 58.9%]}.
     */
    static String line(Finding f) {
        return f.kind() + " " + f.severity() + (f.roundingOnly() ? " rounding-only" : "") + " expected " + f.expected()
                + " stated " + f.stated() + " from " + f.facts().stream().map(x -> x.text().strip()).toList();
    }
}
