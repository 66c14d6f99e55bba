package huibao.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Paragraphs of real government work reports (政府工作报告), read from the {@code text} of each line
 * of the {@code *.jsonl} files of a folder ({@code ../shared/data/govreports}, outside the project:
 * read where it lies, never copied). Kept are the paragraphs that give a figure: 40 to 500
 * characters, mostly Han, with a digit. In file and line order, so the same folder always gives the
 * same list.
 */
public final class GovReportParagraphs {

    /** Where the shared reports lie, relative to the project's root. */
    public static final Path SHARED = Path.of("..", "shared", "data", "govreports");

    /** No paragraphs: reports are the corpus's alone. */
    public static final GovReportParagraphs NONE = new GovReportParagraphs(List.of());

    private static final int SHORTEST = 40;
    private static final int LONGEST = 500;

    private final List<String> paragraphs;

    private GovReportParagraphs(List<String> paragraphs) {
        this.paragraphs = List.copyOf(paragraphs);
    }

    /** The paragraphs of the reports in {@code folder}, or {@link #NONE} when there is no such folder. */
    public static GovReportParagraphs readIfPresent(Path folder) throws IOException {
        return Files.isDirectory(folder) ? read(folder) : NONE;
    }

    /** The paragraphs of the reports in {@code folder}. */
    public static GovReportParagraphs read(Path folder) throws IOException {
        List<String> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
        for (Path file : files) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String text = JsonLine.text(line);
                    if (text == null) {
                        continue;
                    }
                    for (String paragraph : text.split("\n")) {
                        String p = paragraph.strip();
                        if (givesAFigure(p)) {
                            out.add(p);
                        }
                    }
                }
            }
        }
        return new GovReportParagraphs(out);
    }

    /** How many paragraphs there are. */
    public int size() {
        return paragraphs.size();
    }

    /** Whether there are none. */
    public boolean isEmpty() {
        return paragraphs.isEmpty();
    }

    /** Paragraph {@code i}. */
    public String get(int i) {
        return paragraphs.get(i);
    }

    private static boolean givesAFigure(String p) {
        if (p.length() < SHORTEST || p.length() > LONGEST) {
            return false;
        }
        long han = p.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return han * 10 >= p.length() * 7L && p.chars().anyMatch(c -> c >= '0' && c <= '9');
    }
}
