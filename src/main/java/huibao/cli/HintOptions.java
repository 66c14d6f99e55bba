package huibao.cli;

import huibao.extract.ReportMetadataHints;
import huibao.ingest.InputFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** What the analyst tells huibao that a report's text does not say: its region and its period. */
final class HintOptions {

    @Option(names = "--region", paramLabel = "NAME", description = "reporting region of every file read (钢城区)")
    String region;

    @Option(names = "--period", paramLabel = "TEXT", description = "period of every file read (2024年1-6月)")
    String period;

    @Option(names = "--manifest", paramLabel = "CSV",
            description = "CSV with the columns file,region,period giving them per file; a file's own row wins over --region/--period")
    Path manifest;

    /** The hints for each input file. */
    Function<InputFile, ReportMetadataHints> hints() throws IOException {
        Map<String, ReportMetadataHints> rows = new HashMap<>();
        if (manifest != null) {
            try (Reader r = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
                CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                        .setIgnoreSurroundingSpaces(true).get();
                for (CSVRecord rec : format.parse(r)) {
                    if (!rec.isMapped("file")) {
                        throw new IllegalArgumentException(manifest + ": the manifest needs a header file,region,period");
                    }
                    rows.put(normalize(rec.get("file")), new ReportMetadataHints(
                            blankToNull(rec.isMapped("region") ? rec.get("region") : null),
                            blankToNull(rec.isMapped("period") ? rec.get("period") : null)));
                }
            }
        }
        ReportMetadataHints all = new ReportMetadataHints(region, period);
        return in -> {
            ReportMetadataHints own = rows.get(normalize(in.file()));
            if (own == null) {
                own = rows.get(in.path().getFileName().toString());
            }
            if (own == null) {
                return all;
            }
            return new ReportMetadataHints(own.region() != null ? own.region() : region,
                    own.period() != null ? own.period() : period);
        };
    }

    private static String normalize(String file) {
        return Path.of(file).normalize().toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
