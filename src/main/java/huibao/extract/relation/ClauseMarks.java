package huibao.extract.relation;

import huibao.catalog.SelfWords;
import huibao.config.Dictionaries;
import huibao.model.ClauseMark;
import huibao.model.Span;
import huibao.text.ChineseNumerals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds the marks of a sentence that decide how its figures relate: clause and list signs, 前三
 * selections, and the words of {@code check-words.tsv} (interim, external, together),
 * {@code clause-words.tsv} (respective), {@code report-self-words.tsv} (全市) and
 * {@code headline-cues.tsv}. Every occurrence is kept, so that a later stage can tell whether a
 * word stands anywhere between two figures by offsets alone.
 */
final class ClauseMarks {


    private final Map<ClauseMark.Kind, List<String>> words;

    ClauseMarks(Dictionaries d, SelfWords selfWords) {
        List<String> interim = new ArrayList<>();
        List<String> external = new ArrayList<>();
        List<String> together = new ArrayList<>();
        for (Dictionaries.Table.Row r : d.table("check-words.tsv", "kind", "word").rows()) {
            switch (r.get("kind")) {
                case "interim" -> interim.add(r.get("word"));
                case "external" -> external.add(r.get("word"));
                case "together" -> together.add(r.get("word"));
                default -> { }
            }
        }
        List<String> respective = new ArrayList<>();
        for (Dictionaries.Table.Row r : d.table("clause-words.tsv", "kind", "word").rows()) {
            if ("respective".equals(r.get("kind"))) {
                respective.add(r.get("word"));
            }
        }
        List<String> whole = new ArrayList<>();
        for (SelfWords.SelfWord w : selfWords.all()) {
            if (w.wholeRegion()) {
                whole.add(w.word());
            }
        }
        this.words = Map.of(ClauseMark.Kind.INTERIM, interim, ClauseMark.Kind.EXTERNAL, external,
                ClauseMark.Kind.TOGETHER, together, ClauseMark.Kind.RESPECTIVE, respective,
                ClauseMark.Kind.WHOLE_REGION, whole, ClauseMark.Kind.HEADLINE_CUE, d.words("headline-cues.tsv"));
    }

    /** The headline cues (全区, 全年), which a figure's lead leaves out. */
    List<String> cues() {
        return words.get(ClauseMark.Kind.HEADLINE_CUE);
    }

    /** The marks of {@code sentence}, which starts at {@code start} in the file's text, in reading order. */
    List<ClauseMark> of(String sentence, int start) {
        List<ClauseMark> out = new ArrayList<>();
        for (int i = 0; i < sentence.length(); i++) {
            ClauseMark.Kind kind = sign(sentence.charAt(i));
            if (kind != null) {
                out.add(new ClauseMark(kind, String.valueOf(sentence.charAt(i)), new Span(start + i, start + i + 1), 0));
            }
            int n = i + 1 < sentence.length() && sentence.charAt(i) == '前' ? leading(sentence.charAt(i + 1)) : 0;
            if (n > 0) {
                out.add(new ClauseMark(ClauseMark.Kind.LEADING, sentence.substring(i, i + 2),
                        new Span(start + i, start + i + 2), n));
            }
        }
        for (Map.Entry<ClauseMark.Kind, List<String>> e : words.entrySet()) {
            for (String w : e.getValue()) {
                for (int k = w.isEmpty() ? -1 : sentence.indexOf(w); k >= 0; k = sentence.indexOf(w, k + 1)) {
                    out.add(new ClauseMark(e.getKey(), w, new Span(start + k, start + k + w.length()), 0));
                }
            }
        }
        out.sort(Comparator.comparingInt((ClauseMark m) -> m.span().start()).thenComparing(m -> m.kind())
                .thenComparing(ClauseMark::word));
        return out;
    }

    private static ClauseMark.Kind sign(char c) {
        return switch (c) {
            case '；' -> ClauseMark.Kind.SEMICOLON;
            case ';' -> ClauseMark.Kind.HALF_SEMICOLON;
            case '。' -> ClauseMark.Kind.STOP;
            case '，', ',' -> ClauseMark.Kind.COMMA;
            case '、', '和', '及' -> ClauseMark.Kind.LIST_JOIN;
            case '（', '(' -> ClauseMark.Kind.BRACKET;
            default -> null;
        };
    }

    /** How many 前 followed by {@code c} takes (前3, 前三), or 0. */
    private static int leading(char c) {
        if (c >= '1' && c <= '9') {
            return c - '0';
        }
        if (c == '十') {
            return 10; // 前十位国家
        }
        return ChineseNumerals.DIGITS.indexOf(c) + 1;
    }
}
