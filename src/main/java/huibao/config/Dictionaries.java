package huibao.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analyst's dictionaries: UTF-8 TSV files with one header row, '#' comment lines and blank
 * lines ignored. A file in the override folder replaces the packaged file of the same name,
 * so an analyst can extend a vocabulary without rebuilding.
 */
public final class Dictionaries {

    private static final String PACKAGED = "/dictionaries/";

    private final Path overrideDir;
    private final Map<String, Table> cache = new ConcurrentHashMap<>();

    private Dictionaries(Path overrideDir) {
        this.overrideDir = overrideDir;
    }

    /** Dictionaries from {@code overrideDir} where present, else the packaged defaults. */
    public static Dictionaries of(Path overrideDir) {
        return new Dictionaries(overrideDir);
    }

    /** The folder whose files override the packaged ones, or {@code null}. */
    public Path overrideDir() {
        return overrideDir;
    }

    /** The packaged defaults only. */
    public static Dictionaries packaged() {
        return new Dictionaries(null);
    }

    /**
     * Reads the table {@code name} ("units.tsv"), checking that its header holds every
     * column in {@code requiredColumns}.
     *
     * @throws DictionaryException when the file is missing, a row is malformed or a column is missing
     */
    public Table table(String name, String... requiredColumns) {
        Table t = cache.computeIfAbsent(name, this::load);
        for (String c : requiredColumns) {
            if (!t.header().contains(c)) {
                throw new DictionaryException(t.source() + ": missing column '" + c + "' (has " + t.header() + ")");
            }
        }
        return t;
    }

    /** Reads a word list: the first column of every row of the table {@code name}. */
    public List<String> words(String name) {
        return table(name).rows().stream().map(r -> r.get(0)).toList();
    }

    private Table load(String name) {
        if (overrideDir != null) {
            Path p = overrideDir.resolve(name);
            if (Files.isRegularFile(p)) {
                try (InputStream in = Files.newInputStream(p)) {
                    return parse(p.toString(), in);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read dictionary " + p, e);
                }
            }
        }
        try (InputStream in = Dictionaries.class.getResourceAsStream(PACKAGED + name)) {
            if (in == null) {
                throw new DictionaryException("no dictionary named " + name
                        + (overrideDir == null ? "" : " in " + overrideDir + " or") + " among the packaged ones");
            }
            return parse("dictionaries/" + name, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read packaged dictionary " + name, e);
        }
    }

    private static Table parse(String source, InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> header = null;
        List<Table.Row> rows = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (n == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = List.of(line.split("\t", -1));
            if (header == null) {
                header = cells.stream().map(String::trim).toList();
                continue;
            }
            if (cells.size() > header.size()) {
                throw new DictionaryException(source + ":" + n + ": " + cells.size() + " cells but the header has "
                        + header.size());
            }
            rows.add(new Table.Row(source, n, header, cells.stream().map(String::trim).toList()));
        }
        if (header == null) {
            throw new DictionaryException(source + ": empty dictionary (no header row)");
        }
        return new Table(source, header, List.copyOf(rows));
    }

    /**
     * A dictionary table.
     *
     * @param source where it was read from, for messages
     * @param header column names
     * @param rows   data rows in file order
     */
    public record Table(String source, List<String> header, List<Row> rows) {

        /**
         * One row; missing trailing cells read as empty strings.
         *
         * @param source file it came from
         * @param line   1-based line number, for messages
         * @param header the table's column names
         * @param cells  the cells as written, trimmed
         */
        public record Row(String source, int line, List<String> header, List<String> cells) {

            /** The cell at {@code index}, empty when the row is short. */
            public String get(int index) {
                return index < cells.size() ? cells.get(index) : "";
            }

            /** The cell under {@code column}, empty when the row is short. */
            public String get(String column) {
                int i = header.indexOf(column);
                if (i < 0) {
                    throw new DictionaryException(source + ": no column '" + column + "'");
                }
                return get(i);
            }

            /** A {@link DictionaryException} that points at this row. */
            public DictionaryException error(String message) {
                return new DictionaryException(source + ":" + line + ": " + message);
            }
        }
    }

    /** A dictionary file that is missing or malformed; the message names the file and line. */
    public static final class DictionaryException extends RuntimeException {
        public DictionaryException(String message) {
            super(message);
        }
    }
}
