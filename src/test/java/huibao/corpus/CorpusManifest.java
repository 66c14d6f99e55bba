package huibao.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The corpus manifest, {@code sets/sample-city/corpus.tsv}: which UTF-8 report of the set's
 * {@code reports/} becomes which file of {@code corpus/}, in which format and encoding, with the
 * title, issuer and date it carries.
 */
record CorpusManifest(Path setDir, List<Entry> entries) {

    static final List<String> COLUMNS =
            List.of("source", "output", "format", "encoding", "title", "issuer", "date", "compilation");

    /** The formats a report can be rendered to. */
    enum Format { TXT, DOCX, PDF }

    /**
     * One row of the manifest.
     *
     * @param source      UTF-8 source file name in the set's reports/ folder
     * @param output      file name in {@code corpus/}
     * @param format      the output format
     * @param encoding    the bytes of a txt output; null for docx and pdf
     * @param title       the first line of the source
     * @param issuer      the issuing body, printed as the PDF running header and the docx author
     * @param date        the date the document carries, used for the file metadata
     * @param compilation the id of a 汇编, or null for a single report
     */
    record Entry(String source, String output, Format format, Charset encoding, String title, String issuer,
                 LocalDate date, String compilation) {

        boolean isCompilation() {
            return compilation != null;
        }

        /** The same report rendered to another format under another name (for the formats sample). */
        Entry as(Format other, String otherOutput) {
            return new Entry(source, otherOutput, other, other == Format.TXT ? StandardCharsets.UTF_8 : null,
                    title, issuer, date, compilation);
        }
    }

    /** Reads {@code corpus.tsv} from {@code setDir}, failing with the line and reason on a bad row. */
    static CorpusManifest read(Path setDir) {
        Path file = setDir.resolve("corpus.tsv");
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read manifest " + file, e);
        }
        List<Entry> entries = new ArrayList<>();
        boolean header = true;
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String where = file + ":" + n + ": ";
            if (header) {
                if (!List.of(cells).equals(COLUMNS)) {
                    throw new IllegalArgumentException(where + "header must be " + COLUMNS);
                }
                header = false;
                continue;
            }
            if (cells.length != COLUMNS.size()) {
                throw new IllegalArgumentException(where + cells.length + " columns, expected " + COLUMNS.size());
            }
            entries.add(entry(cells, where));
        }
        return new CorpusManifest(setDir, List.copyOf(entries));
    }

    private static Entry entry(String[] c, String where) {
        Format format;
        try {
            format = Format.valueOf(c[2].toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + "unknown format '" + c[2] + "'");
        }
        Charset encoding = null;
        if (format == Format.TXT) {
            if (!c[3].equals("UTF-8") && !c[3].equals("GBK")) {
                throw new IllegalArgumentException(where + "a txt output needs encoding UTF-8 or GBK, got '" + c[3] + "'");
            }
            encoding = Charset.forName(c[3]);
        } else if (!c[3].isEmpty()) {
            throw new IllegalArgumentException(where + "encoding is only for txt outputs");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(c[6]);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + "date must be yyyy-MM-dd, got '" + c[6] + "'");
        }
        if (c[0].isEmpty() || c[1].isEmpty() || c[4].isEmpty() || c[5].isEmpty()) {
            throw new IllegalArgumentException(where + "source, output, title and issuer are required");
        }
        return new Entry(c[0], c[1], format, encoding, c[4], c[5], date, c[7].isEmpty() ? null : c[7]);
    }

    /** The UTF-8 text of an entry's source. */
    String sourceText(Entry e) {
        Path p = setDir.resolve("reports").resolve(e.source());
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read source " + p, ex);
        }
    }
}
