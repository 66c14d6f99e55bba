package huibao.bench;

import java.util.List;

/**
 * One timed ingest of the generated files.
 *
 * @param kind      {@link #BARE} (Tika's plain parse and a bare Lucene index) or {@link #HUIBAO} (the full ingest)
 * @param threads   the threads it ran on
 * @param files     files read
 * @param bytes     their size on disk
 * @param seconds   wall time, the final commit included
 * @param cpuSeconds the process's CPU time meanwhile (every thread, JIT and GC included), which other
 *                  work on a shared machine disturbs less than the wall time
 * @param peakHeap  the most heap in use meanwhile, in bytes
 * @param reports   reports written (the bare index writes one per file)
 * @param facts     facts written (none in the bare index)
 * @param failures  files that could not be read
 */
public record IngestRun(String kind, int threads, int files, long bytes, double seconds, double cpuSeconds, long peakHeap, int reports,
                        long facts, int failures) {

    /** The baseline: Tika's plain parse and a Lucene index of the text with SmartChineseAnalyzer. */
    public static final String BARE = "bare";
    /** huibao's full ingest into a fresh archive. */
    public static final String HUIBAO = "huibao";

    /**
     * The runs of one kind on one thread count as one: files, bytes, times, reports, facts and failures
     * added up, the peak heap the highest.
     */
    static IngestRun total(List<IngestRun> runs) {
        IngestRun first = runs.get(0);
        return new IngestRun(first.kind(), first.threads(), runs.stream().mapToInt(IngestRun::files).sum(),
                runs.stream().mapToLong(IngestRun::bytes).sum(), runs.stream().mapToDouble(IngestRun::seconds).sum(),
                runs.stream().mapToDouble(IngestRun::cpuSeconds).sum(),
                runs.stream().mapToLong(IngestRun::peakHeap).max().orElse(0),
                runs.stream().mapToInt(IngestRun::reports).sum(), runs.stream().mapToLong(IngestRun::facts).sum(),
                runs.stream().mapToInt(IngestRun::failures).sum());
    }

    /** Files read a second: each generated file is one report. */
    public double reportsPerSecond() {
        return files / seconds;
    }

    /** Files read a second of the process's CPU time. */
    public double reportsPerCpuSecond() {
        return files / cpuSeconds;
    }

    /** Megabytes (10^6 bytes) of files read a second. */
    public double megabytesPerSecond() {
        return bytes / 1e6 / seconds;
    }

    /** How the run is named in the results: kind and threads ({@code huibao-2t}). */
    public String name() {
        return kind + "-" + threads + "t";
    }
}
