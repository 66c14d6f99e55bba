package huibao;

import huibao.model.Problem;

import java.util.List;

/**
 * The outcome of an ingest run.
 *
 * @param filesRead     files read and indexed now
 * @param filesSkipped  files left alone because they were indexed unchanged
 * @param reports       reports indexed now
 * @param facts         facts indexed now
 * @param failures      files that could not be read, each with its reason
 * @param removed       files dropped from the index because they are gone from the folders ingested
 */
public record IngestSummary(int filesRead, int filesSkipped, int reports, int facts, List<Problem> failures,
                            List<String> removed) {

    public IngestSummary {
        failures = List.copyOf(failures);
        removed = List.copyOf(removed);
    }
}
