package huibao.extract;

import huibao.config.Dictionaries;
import huibao.model.Fact;
import huibao.model.Period;
import huibao.model.Report;
import huibao.model.Span;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Development aid: prints the facts of plain UTF-8 reports as tab-separated lines. */
public final class SeedFactsDump {
    public static void main(String[] args) throws Exception {
        FactExtractor x = new FactExtractor(Dictionaries.of(Path.of("dictionaries")));
        for (String a : args) {
            Path p = Path.of(a);
            String text = Files.readString(p, StandardCharsets.UTF_8).replaceAll("(?<=\\d) +(?=[\\p{IsHan}%])", "").replaceAll("(?<=\\d\\.) +(?=\\d)", "");
            Report r = new Report(p.getFileName().toString(), p.getFileName().toString(), null, null, null,
                    new Span(0, text.length()), text, null, null, false, null, Period.unknown());
            for (Fact f : x.extract(r).facts()) {
                System.out.println(huibao.export.json.FactJsonAccess.line(f));
            }
        }
    }
}
