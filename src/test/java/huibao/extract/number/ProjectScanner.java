package huibao.extract.number;

import huibao.catalog.Catalogs;
import huibao.config.Dictionaries;
import java.nio.file.Path;
import java.util.List;

/** The figure scanner over the project's own dictionaries, as the extractor builds it, for the scanner's tests. */
final class ProjectScanner {

    private static final Dictionaries DICTIONARIES = Dictionaries.of(Path.of("dictionaries"));

    static final FigureScanner SCANNER = new FigureScanner(
            new UnitTable(DICTIONARIES, Catalogs.load(DICTIONARIES).unitPrefixes()), new FigureRules(DICTIONARIES));

    private ProjectScanner() {
    }

    /** The figures found in {@code sentence}, read as a sentence at offset 0. */
    static List<Figure> figures(String sentence) {
        return SCANNER.scan(sentence, 0).figures();
    }
}
