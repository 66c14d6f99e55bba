package huibao;

import huibao.model.Problem;
import huibao.model.ReportExtraction;
import huibao.model.SourceText;

import java.util.List;
import java.util.Objects;

/**
 * What became of one input file: its reports and their facts, or the problem that stopped it.
 *
 * @param file    the file as given
 * @param source  the cleaned file, or {@code null} when it could not be read
 * @param reports the file's reports with their facts and entities; empty when unread
 * @param failure why the file could not be read, or {@code null}
 * @param skipped whether ingest left the file alone because it was already indexed unchanged
 * @param cause   what was thrown when the file failed, for {@code --debug}; {@code null} when it did not
 */
public record FileOutcome(String file, SourceText source, List<ReportExtraction> reports, Problem failure,
                          boolean skipped, Throwable cause) {

    public FileOutcome {
        Objects.requireNonNull(file, "file");
        reports = List.copyOf(reports);
        if ((failure == null) == (source == null) && !skipped) {
            throw new IllegalArgumentException("a file outcome has a source or a failure: " + file);
        }
    }

    static FileOutcome read(SourceText source, List<ReportExtraction> reports) {
        return new FileOutcome(source.file(), source, reports, null, false, null);
    }

    static FileOutcome failed(Problem failure, Throwable cause) {
        return new FileOutcome(failure.doc(), null, List.of(), failure, false, cause);
    }

    static FileOutcome unchanged(String file) {
        return new FileOutcome(file, null, List.of(), null, true, null);
    }

    /** Whether the file was read. */
    public boolean ok() {
        return failure == null;
    }

    /** Number of facts over all reports of the file. */
    public int factCount() {
        return reports.stream().mapToInt(r -> r.facts().size()).sum();
    }
}
