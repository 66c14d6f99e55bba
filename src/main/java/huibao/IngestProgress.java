package huibao;

import java.util.function.Consumer;

/**
 * Hears how an ingest run goes: first how many files it will go through, then what became of each
 * file, in input order ({@link #accept}). Passed to {@link Huibao#ingest} where a plain
 * {@code Consumer<FileOutcome>} would do, it is also told the count, so that a shell can show how
 * far along the run is.
 */
public interface IngestProgress extends Consumer<FileOutcome> {

    /**
     * The run found {@code files} files under the paths given (the unreadable ones named among
     * them), each of which will be reported once; called before the first file is.
     */
    default void started(int files) {
    }
}
