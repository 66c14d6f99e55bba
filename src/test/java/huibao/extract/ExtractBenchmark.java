package huibao.extract;

import huibao.extract.metadata.ReportMetadataHints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import huibao.config.Dictionaries;
import huibao.model.OffsetMap;
import huibao.model.ReportExtraction;
import huibao.model.ReportSection;
import huibao.model.SourceText;
import huibao.model.Span;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Extraction throughput (metadata, facts and entities) over long real government work reports,
 * one thread; prints figures and asserts nothing. Run from the project root after
 * {@code mvn test-compile} and {@code mvn -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt}:
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) huibao.extract.ExtractBenchmark [rounds]
 * </pre>
 */
public final class ExtractBenchmark {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        List<String> texts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (Path p : List.of(Path.of("../shared/data/govreports/national_gwr_1954_2025.jsonl"),
                Path.of("../shared/data/govreports/provincial_gwr_2026.jsonl"))) {
            try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    JsonNode n = json.readTree(line);
                    texts.add(n.get("text").asText());
                }
            }
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        long t0 = System.nanoTime();
        Extractor extractor = Extractor.load(Dictionaries.of(Path.of("dictionaries")));
        System.out.printf("load: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        for (int round = 1; round <= rounds; round++) {
            long facts = 0;
            long start = System.nanoTime();
            int i = 0;
            for (String text : texts) {
                SourceText src = new SourceText("gov" + (i++) + ".txt", "", "text/plain", text, OffsetMap.identity(),
                        List.of(new ReportSection(0, null, new Span(0, text.length()))), List.of());
                for (ReportExtraction x : extractor.extract(src, ReportMetadataHints.none())) {
                    facts += x.facts().size();
                }
            }
            double s = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: %d reports, %.2f M chars, %d facts in %.2f s = %.2f M chars/s, %.0f docs/s of 5.5 KB (UTF-8)%n",
                    round, texts.size(), chars / 1e6, facts, s, chars / 1e6 / s, chars * 3 / 5500.0 / s);
        }
    }
}
