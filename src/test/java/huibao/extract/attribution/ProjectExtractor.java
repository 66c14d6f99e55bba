package huibao.extract.attribution;

import huibao.config.Dictionaries;
import huibao.extract.FactExtractor;
import huibao.model.Fact;
import huibao.model.Period;
import huibao.model.Report;
import huibao.model.Span;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/** The fact extractor over the project's own dictionaries, reading one text as a whole report, for attribution tests. */
final class ProjectExtractor {

    static final FactExtractor EXTRACTOR = new FactExtractor(Dictionaries.of(Path.of("dictionaries")));

    private ProjectExtractor() {
    }

    /** The facts of {@code text} read as one report of {@code period}. */
    static List<Fact> facts(String text, Period period) {
        Report r = new Report("t.txt", "t.txt", null, null, null, new Span(0, text.length()), text, null, null, false,
                null, period);
        return EXTRACTOR.extract(r).facts();
    }

    /** The fact of {@code facts} written as {@code text}, failing the test when there is none. */
    static Fact fact(List<Fact> facts, String text) {
        return facts.stream().filter(f -> f.text().equals(text)).findFirst()
                .orElseGet(() -> fail("no fact '" + text + "' among " + facts.stream().map(Fact::text).toList()));
    }
}
