package huibao.dataset;

import huibao.FileOutcome;
import huibao.Huibao;
import huibao.extract.metadata.ReportMetadataHints;
import huibao.ingest.InputFile;
import huibao.model.Fact;
import huibao.model.Report;
import huibao.model.ReportExtraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports and their facts as the real pipeline reads them (parse, clean, split, extract), without
 * an archive: the inputs the dataset is built from.
 *
 * @param reports every report of the files, compilations split, in file order
 * @param facts   every fact of those reports, in reading order
 */
public record ExtractedReports(List<Report> reports, List<Fact> facts) {

    public ExtractedReports {
        reports = List.copyOf(reports);
        facts = List.copyOf(facts);
    }

    /** Reads every file under {@code paths}; a file the pipeline cannot read fails the test, naming it. */
    public static ExtractedReports read(Huibao huibao, List<Path> paths) throws IOException {
        List<Report> reports = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        for (InputFile in : huibao.inputs(paths)) {
            FileOutcome outcome = huibao.read(in, ReportMetadataHints.none());
            if (!outcome.ok()) {
                throw new AssertionError("could not read " + in.file() + ": " + outcome.failure());
            }
            for (ReportExtraction r : outcome.reports()) {
                reports.add(r.report());
                facts.addAll(r.facts());
            }
        }
        return new ExtractedReports(reports, facts);
    }

    /** The report whose doc ends with {@code name} ("2024h1-counties.docx#2"). */
    public Report report(String name) {
        return reports.stream().filter(r -> r.doc().endsWith(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no report " + name + " among " + reports.stream().map(Report::doc).toList()));
    }
}
