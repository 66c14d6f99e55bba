package huibao.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Folds a report written in traditional characters (財政, 億元, 增長, 開工項目) to simplified ones,
 * one character for one, so that the vocabularies, written in simplified characters, read it as they
 * read any other report. The table is HanLP's traditional-to-simplified dictionary, whose one-character
 * entries are used; its phrase entries are left out because they would not replace one for one.
 *
 * <p>Taiwan's conversion also replaces words (项目 by 專案, 信息 by 資訊, 软件 by 軟體): in a text that
 * uses them, they are read back as HanLP's tw2s reads them, from its traditional-to-Taiwan table turned
 * round, longest word first, with the word's offsets kept to the original (a word may change length);
 * but not the Taiwan forms that are mainland words too (指標, 建立: cleaning.tsv's taiwan_kept).
 *
 * <p>A simplified report is left alone: a few traditional characters in a name (臺灣, 乾) are not
 * folded, because the whole text is folded only when traditional characters are a real part of it.
 */
final class TraditionalScriptFolder implements CleaningStep {

    private static final String TABLE = "data/dictionary/tc/t2s.txt";

    /** HanLP's traditional-to-Taiwan words (軟件=軟體), read the other way round. */
    private static final String TAIWAN_TABLE = "data/dictionary/tc/t2tw.txt";

    /** A text is traditional when at least this share of its Han characters have a simplified form. */
    private static final double TRADITIONAL_SHARE = 0.05;

    /** ... and at least this many of them: a short title with two such characters is no evidence. */
    private static final int TRADITIONAL_MINIMUM = 8;

    /** Each character's simplified form, by the character; 0 where it has none (a table: every character of every report is looked up). */
    private static final char[] SIMPLIFIED = readTable();

    /**
     * Which characters are Han, by the character: Character.UnicodeScript.of searches its ranges each
     * time. The same table as HanChars', which ingest may not use (it reads only the model, the config
     * and its parsers).
     */
    private static final BitSet HAN = hanCharacters();

    /** Each Taiwan word (專案) to the simplified one it stands for (项目), and that word in traditional. */
    private static final Map<String, String[]> TAIWAN_TABLE_WORDS = readTaiwanWords();

    /** Taiwan's words read back, less those that are mainland words too (指標). */
    private final Map<String, String> taiwanWords;

    /** The mainland words of more than one character that Taiwan writes otherwise (項目, 信息). */
    private final Set<String> mainlandWords;

    /** For each character a word of either begins with, the lengths of those words, longest first. */
    private final Map<Character, int[]> taiwanLengths;
    private final Map<Character, int[]> mainlandLengths;

    TraditionalScriptFolder(CleaningRules rules) {
        Map<String, String> taiwan = new HashMap<>();
        Set<String> mainland = new HashSet<>();
        TAIWAN_TABLE_WORDS.forEach((word, read) -> {
            if (!rules.taiwanKept().contains(word)) {
                taiwan.put(word, read[0]);
                if (read[1].length() > 1 && !TAIWAN_TABLE_WORDS.containsKey(read[1])) {
                    mainland.add(read[1]);
                }
            }
        });
        this.taiwanWords = Map.copyOf(taiwan);
        this.mainlandWords = Set.copyOf(mainland);
        this.taiwanLengths = lengths(taiwan.keySet());
        this.mainlandLengths = lengths(mainland);
    }

    /** Looking up only the lengths words of a first character have keeps the pass to a lookup or two. */
    private static Map<Character, int[]> lengths(Set<String> words) {
        Map<Character, TreeSet<Integer>> byFirst = new HashMap<>();
        for (String w : words) {
            byFirst.computeIfAbsent(w.charAt(0), c -> new TreeSet<>(Comparator.reverseOrder()))
                    .add(w.length());
        }
        Map<Character, int[]> out = new HashMap<>(byFirst.size() * 2);
        byFirst.forEach((c, ls) -> out.put(c, ls.stream().mapToInt(Integer::intValue).toArray()));
        return Map.copyOf(out);
    }

    @Override
    public void apply(String text, TextEdit edit) {
        if (!isTraditional(text)) {
            return;
        }
        boolean taiwan = isTaiwan(text);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (taiwan) {
                int end = wordEnd(text, i, taiwanWords.keySet(), taiwanLengths);
                if (end > i) {
                    edit.replace(i, end, taiwanWords.get(text.substring(i, end)));
                    i = end - 1;
                    continue;
                }
            }
            char simplified = SIMPLIFIED[text.charAt(i)];
            if (simplified != 0) {
                edit.replace(i, simplified);
            }
        }
    }

    /**
     * Whether the text uses Taiwan's words: more of them (專案, 資訊) than of the mainland words they
     * stand for (項目, 信息). Many Taiwan words are mainland words too (指標, 建立, 新增 stand for
     * 指针, 创建, 添加 in Taiwan's computing terms), so they are read back only in such a text: a
     * report converted the mainland way keeps its 项目 and 指标 and has no 專案 to speak of.
     */
    boolean isTaiwan(String text) {
        int taiwan = 0;
        int mainland = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            int end = wordEnd(text, i, taiwanWords.keySet(), taiwanLengths);
            if (end > i + 1) {
                taiwan++;
            } else {
                end = wordEnd(text, i, mainlandWords, mainlandLengths);
                if (end > i) {
                    mainland++;
                }
            }
            i = Math.max(i, end - 1);
        }
        return taiwan > mainland;
    }

    /** The end of the longest of {@code words} at {@code start}; {@code start} when there is none. */
    private static int wordEnd(String text, int start, Set<String> words, Map<Character, int[]> lengths) {
        int[] candidates = lengths.get(text.charAt(start));
        if (candidates != null) {
            for (int length : candidates) {
                if (start + length <= text.length() && words.contains(text.substring(start, start + length))) {
                    return start + length;
                }
            }
        }
        return start;
    }

    static boolean isTraditional(String text) {
        int han = 0;
        int traditional = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (HAN.get(c)) {
                han++;
                if (SIMPLIFIED[c] != 0) {
                    traditional++;
                }
            }
        }
        return traditional >= TRADITIONAL_MINIMUM && traditional >= han * TRADITIONAL_SHARE;
    }

    private static BitSet hanCharacters() {
        BitSet han = new BitSet(Character.MAX_VALUE + 1);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han.set(c);
            }
        }
        return han;
    }

    private static char[] readTable() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (String line : lines(TABLE)) {
            int eq = line.indexOf('=');
            // one BMP character on each side: the step replaces one for one
            if (eq == 1 && line.length() == 3 && line.charAt(0) != line.charAt(2)) {
                table[line.charAt(0)] = line.charAt(2);
            }
        }
        return table;
    }

    /**
     * Each Taiwan word of {@code traditional=taiwan}, to its traditional word folded to simplified and
     * the traditional word itself; where several words share a Taiwan form (串口, 串行端口 = 串列埠) the
     * shortest is taken. Lines whose two sides fold alike (僞=偽) change nothing and are left out.
     */
    private static Map<String, String[]> readTaiwanWords() {
        Map<String, String[]> words = new HashMap<>(1024);
        for (String line : lines(TAIWAN_TABLE)) {
            int eq = line.indexOf('=');
            if (eq <= 0 || eq == line.length() - 1) {
                continue;
            }
            String taiwan = line.substring(eq + 1);
            String traditional = line.substring(0, eq);
            String simplified = fold(traditional);
            if (!simplified.equals(fold(taiwan))) {
                words.merge(taiwan, new String[] {simplified, traditional},
                        (a, b) -> b[0].length() < a[0].length() ? b : a);
            }
        }
        return Map.copyOf(words);
    }

    private static String fold(String traditional) {
        StringBuilder out = new StringBuilder(traditional.length());
        for (int i = 0; i < traditional.length(); i++) {
            char c = traditional.charAt(i);
            out.append(SIMPLIFIED[c] != 0 ? SIMPLIFIED[c] : c);
        }
        return out.toString();
    }

    private static List<String> lines(String table) {
        InputStream in = TraditionalScriptFolder.class.getClassLoader().getResourceAsStream(table);
        if (in == null) {
            throw new IllegalStateException("HanLP's table " + table + " is not on the class path");
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("cannot read HanLP's table " + table, e);
        }
    }
}
