package huibao.cli;

import huibao.FileOutcome;
import huibao.IngestProgress;
import huibao.model.Problem;
import me.tongfei.progressbar.DefaultProgressBarRenderer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarRenderer;
import me.tongfei.progressbar.ProgressBarStyle;
import me.tongfei.progressbar.ProgressState;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/**
 * What {@code huibao ingest} prints while it runs. On a terminal, a progress bar on stderr with the
 * files done, the rate and the time left, and a line per file only under {@code --verbose}; where
 * the output is not a terminal (a pipe, a log file), no bar, and a line per file as a log unless
 * {@code --quiet}. Everywhere, a file that fails and a warning print at once, one line each on
 * stderr, above the bar.
 */
final class IngestDisplay implements IngestProgress, AutoCloseable {

    /** How much is said of the files read. */
    enum Detail {
        /** failures and warnings only */
        QUIET,
        /** a line per file where the output is not a terminal; the bar alone on one */
        DEFAULT,
        /** a line per file, on a terminal too */
        VERBOSE
    }

    /** Columns of a terminal whose width cannot be told. */
    static final int DEFAULT_WIDTH = 80;
    /** How often the bar is drawn again (its rate and time left move between files too). */
    static final int REDRAW_MILLIS = 250;
    private static final String CLEAR_LINE = "\r\033[K";

    private final PrintWriter out;
    private final PrintWriter err;
    private final Consumer<FileOutcome> failures;
    private final boolean perFileLines;
    /** Columns the bar may take, or 0 where no bar is shown. */
    private final int barWidth;
    /** Guards the terminal's last line: the bar is drawn on its own thread, the lines above it on the ingest's. */
    private final Object screen = new Object();
    private ProgressBar bar;
    private RecentRate rate;
    private String drawn = "";
    private boolean closed;
    private int reports;
    private int failed;

    /**
     * @param terminal whether stderr is a terminal ({@link #stderrIsTerminal()}), where the bar is shown
     * @param width    the terminal's columns
     * @param failures prints a failed file's line (and, under {@code --debug}, its trace) on {@code err}
     */
    IngestDisplay(PrintWriter out, PrintWriter err, boolean terminal, int width, Detail detail,
                  Consumer<FileOutcome> failures) {
        this.out = out;
        this.err = err;
        this.failures = failures;
        this.perFileLines = detail == Detail.VERBOSE || detail == Detail.DEFAULT && !terminal;
        // one column spare: a line that fills the width wraps on some terminals
        this.barWidth = terminal && detail != Detail.QUIET ? Math.max(20, width - 1) : 0;
    }

    /** The display for this process's own stderr: a bar when it is a terminal, as wide as it is. */
    static IngestDisplay forConsole(PrintWriter out, PrintWriter err, Detail detail, Consumer<FileOutcome> failures) {
        boolean terminal = stderrIsTerminal();
        return new IngestDisplay(out, err, terminal, terminal ? stderrWidth() : DEFAULT_WIDTH, detail, failures);
    }

    @Override
    public void started(int files) {
        if (barWidth == 0 || files == 0) {
            return;
        }
        rate = new RecentRate(System.nanoTime());
        DecimalFormat tenths = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        // the bar's own renderer, with the rate and the time left over the last half minute
        ProgressBarRenderer renderer = new DefaultProgressBarRenderer(ProgressBarStyle.ASCII, " files", 1, true,
                tenths, ChronoUnit.SECONDS, true, state -> rate.left(state.getMax() - state.getCurrent(), System.nanoTime())) {
            @Override
            protected String speed(ProgressState state) {
                OptionalDouble perSecond = rate.perSecond(System.nanoTime());
                return (perSecond.isPresent() ? tenths.format(perSecond.getAsDouble()) : "?") + " files/s";
            }
        };
        bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(files).setRenderer(renderer)
                .setUpdateIntervalMillis(REDRAW_MILLIS).continuousUpdate()
                .setConsumer(new DelegatingProgressBarConsumer(this::draw, barWidth)).build();
    }

    @Override
    public void accept(FileOutcome outcome) {
        if (!outcome.ok()) {
            failed++;
            above(() -> failures.accept(outcome));
        } else if (outcome.skipped()) {
            if (perFileLines) {
                above(() -> out.println("unchanged " + Problem.printable(outcome.file())));
            }
        } else {
            reports += outcome.reports().size();
            if (perFileLines) {
                long redacted = outcome.reports().stream().flatMap(r -> r.facts().stream()).filter(f -> f.redacted())
                        .count();
                above(() -> out.printf("read     %s: %d report(s), %d fact(s)%s%n", Problem.printable(outcome.file()),
                        outcome.reports().size(), outcome.factCount(), redacted == 0 ? "" : ", " + redacted + " redacted"));
            }
            // warnings (a text cut at the write limit) print under --quiet too: they say what was not read
            for (var r : outcome.reports()) {
                for (Problem p : r.problems()) {
                    above(() -> err.println("warning  " + p));
                }
            }
        }
        if (bar != null) {
            bar.setExtraMessage(" " + reports + " reports" + (failed == 0 ? "" : ", " + failed + " failed"));
            bar.step();
            rate.done(bar.getCurrent(), System.nanoTime());
        }
    }

    /** Takes the bar off the terminal, for the summary to print in its place. */
    @Override
    public void close() {
        if (bar == null || closed) {
            return;
        }
        bar.close();
        synchronized (screen) {
            closed = true;
            drawn = "";
            err.print(CLEAR_LINE);
            err.flush();
        }
    }

    /** Prints a line above the bar: the bar is cleared, the line printed, and the bar drawn again under it. */
    private void above(Runnable printing) {
        synchronized (screen) {
            if (!drawn.isEmpty()) {
                err.print(CLEAR_LINE);
                err.flush();
            }
            printing.run();
            out.flush();
            err.flush();
            if (!drawn.isEmpty()) {
                err.print(drawn);
                err.flush();
            }
        }
    }

    private void draw(String rendered) {
        synchronized (screen) {
            if (closed) {
                return;
            }
            drawn = rendered;
            err.print(CLEAR_LINE + rendered);
            err.flush();
        }
    }

    /**
     * Whether this process's stderr is a terminal: the JVM has a console (stdin and stdout are one)
     * and jline finds stderr to be one too, so that {@code 2>log} gets no bar.
     */
    static boolean stderrIsTerminal() {
        if (System.console() == null) {
            return false;
        }
        try {
            return TerminalProvider.load("exec").isSystemStream(SystemStream.Error);
        } catch (Exception | LinkageError e) {
            return false;
        }
    }

    private static int stderrWidth() {
        try {
            int width = TerminalProvider.load("exec").systemStreamWidth(SystemStream.Error);
            return width > 0 ? width : DEFAULT_WIDTH;
        } catch (Exception | LinkageError e) {
            return DEFAULT_WIDTH;
        }
    }
}
