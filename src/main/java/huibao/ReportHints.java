package huibao;

import huibao.extract.metadata.ReportMetadataHints;
import huibao.ingest.InputFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What the analyst tells huibao that a report's text does not say, its region and its period:
 * for every file read, and per file from a manifest, whose own row wins.
 */
public final class ReportHints {

    private static final ReportHints NONE = new ReportHints(null, null, Map.of());

    private final String region;
    private final String period;
    private final Map<String, ReportMetadataHints> rows;

    private ReportHints(String region, String period, Map<String, ReportMetadataHints> rows) {
        this.region = region;
        this.period = period;
        this.rows = rows;
    }

    /** No hints: every report's region and period come from its own text. */
    public static ReportHints none() {
        return NONE;
    }

    /**
     * The region and period of every file read ({@code null} for none), and per file those of the
     * manifest, a CSV with the header {@code file,region,period}, when it is not {@code null}.
     *
     * @throws IllegalArgumentException when the manifest has no {@code file} column
     */
    public static ReportHints of(String region, String period, Path manifest) throws IOException {
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
        return new ReportHints(region, period, rows);
    }

    /** The hints for one input file. */
    ReportMetadataHints of(InputFile in) {
        ReportMetadataHints own = rows.get(normalize(in.file()));
        if (own == null) {
            own = rows.get(in.path().getFileName().toString());
        }
        if (own == null) {
            return new ReportMetadataHints(region, period);
        }
        return new ReportMetadataHints(own.region() != null ? own.region() : region,
                own.period() != null ? own.period() : period);
    }

    private static String normalize(String file) {
        return Path.of(file).normalize().toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
