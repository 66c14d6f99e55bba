package huibao.extract;

import huibao.config.Dictionaries;
import huibao.extract.entity.EntityExtractor;
import huibao.model.Entity;
import huibao.model.Period;
import huibao.model.Report;
import huibao.model.Span;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Development aid: prints the entities of plain UTF-8 reports. */
public final class EntityTrace {
    public static void main(String[] args) throws Exception {
        EntityExtractor x = new EntityExtractor(Dictionaries.of(Path.of("dictionaries")));
        for (String a : args) {
            String text = Files.readString(Path.of(a), StandardCharsets.UTF_8);
            Report r = new Report("t", "t", null, null, null, new Span(0, text.length()), text, null, null, false, null,
                    Period.unknown());
            for (Entity e : x.extract(r, List.of())) {
                System.out.println(Path.of(a).getFileName().toString().substring(0, 3) + "\t" + e.kind().id() + "\t" + e.name() + "\t" + e.stage());
            }
        }
    }
}
