package huibao;

import java.time.Duration;

/**
 * How often an ingest commits what it has written to the archive: after {@code files} files or
 * after {@code interval}, whichever comes first, and at the end. A commit makes the files written
 * so far durable, so a run that is killed keeps them and the next run only reads the rest; each
 * commit costs a sync to disk, so not one per file.
 *
 * @param files    files written since the last commit that call for the next
 * @param interval time since the last commit that calls for the next, once anything was written
 */
public record CommitPolicy(int files, Duration interval) {

    /** Files between commits by default. */
    public static final int DEFAULT_FILES = 10_000;
    /** Seconds between commits by default. */
    public static final int DEFAULT_SECONDS = 30;
    /**
     * The defaults: every 10,000 files or 30 seconds, so that on plain text the time decides: a stopped
     * ingest loses at most half a minute of work. Each commit flushes a segment per thread that later
     * merges rewrite: at every 1,000 files, merging them took 4.5% of the CPU of ingesting 10,000 reports on
     * two threads; at every 100 files an ingest of 100,000 made a thousand small segments.
     */
    public static final CommitPolicy DEFAULT = new CommitPolicy(DEFAULT_FILES, Duration.ofSeconds(DEFAULT_SECONDS));

    public CommitPolicy {
        if (files < 1) {
            throw new IllegalArgumentException("commits come every 1 or more files, not every " + files);
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("commits need a positive interval, not " + interval);
        }
    }

    /** The same policy, committing every {@code n} files. */
    public CommitPolicy everyFiles(int n) {
        return new CommitPolicy(n, interval);
    }
}
