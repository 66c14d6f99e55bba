package huibao.extract;

import huibao.config.Dictionaries;
import huibao.model.Fact;
import huibao.model.Period;
import huibao.model.Report;
import huibao.model.Span;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Development aid: prints the facts of the sentences of a file that contain a given string. */
public final class SentenceTrace {
    public static void main(String[] args) throws Exception {
        FactExtractor x = new FactExtractor(Dictionaries.of(Path.of("dictionaries")));
        Path p = Path.of(args[0]);
        String text = Files.readString(p, StandardCharsets.UTF_8).replaceAll("(?<=\\d) +(?=[\\p{IsHan}%])", "");
        Report r = new Report("t", "t", null, null, null, new Span(0, text.length()), text, null, null, false, null,
                Period.unknown());
        for (Fact f : x.extract(r).facts()) {
            if (f.sentence().contains(args[1])) {
                System.out.printf("%-12s %-28s %-10s %s%n", f.text(), f.indicator(), f.measure().id(), f.scope());
            }
        }
    }
}
