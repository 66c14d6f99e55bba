package huibao.cli;

import huibao.ReportHints;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/** What the analyst tells huibao that a report's text does not say: its region and its period. */
final class HintOptions {

    @Option(names = "--region", paramLabel = "NAME", description = "reporting region of every file read (钢城区)")
    String region;

    @Option(names = "--period", paramLabel = "TEXT", description = "period of every file read (2024年1-6月)")
    String period;

    @Option(names = "--manifest", paramLabel = "CSV",
            description = "CSV with the columns file,region,period giving them per file; a file's own row wins over --region/--period")
    Path manifest;

    /** The hints for each input file; a manifest is read now, so a bad one stops the command before any file. */
    ReportHints hints() throws IOException {
        return ReportHints.of(region, period, manifest);
    }
}
