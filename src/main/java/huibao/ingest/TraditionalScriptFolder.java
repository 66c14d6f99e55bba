package huibao.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Folds a report written in traditional characters (財政, 億元, 增長, 開工項目) to simplified ones,
 * one character for one, so that the vocabularies, written in simplified characters, read it as they
 * read any other report. The table is HanLP's traditional-to-simplified dictionary, whose one-character
 * entries are used; its phrase entries are left out because they would not replace one for one.
 *
 * <p>A simplified report is left alone: a few traditional characters in a name (臺灣, 乾) are not
 * folded, because the whole text is folded only when traditional characters are a real part of it.
 */
final class TraditionalScriptFolder implements CleaningStep {

    private static final String TABLE = "data/dictionary/tc/t2s.txt";

    /** A text is traditional when at least this share of its Han characters have a simplified form. */
    private static final double TRADITIONAL_SHARE = 0.05;

    /** ... and at least this many of them: a short title with two such characters is no evidence. */
    private static final int TRADITIONAL_MINIMUM = 8;

    private static final Map<Character, Character> SIMPLIFIED = readTable();

    @Override
    public void apply(String text, TextEdit edit) {
        if (!isTraditional(text)) {
            return;
        }
        for (int i = 0, n = text.length(); i < n; i++) {
            Character simplified = SIMPLIFIED.get(text.charAt(i));
            if (simplified != null) {
                edit.replace(i, simplified);
            }
        }
    }

    static boolean isTraditional(String text) {
        int han = 0;
        int traditional = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                if (SIMPLIFIED.containsKey(c)) {
                    traditional++;
                }
            }
        }
        return traditional >= TRADITIONAL_MINIMUM && traditional >= han * TRADITIONAL_SHARE;
    }

    private static Map<Character, Character> readTable() {
        InputStream in = TraditionalScriptFolder.class.getClassLoader().getResourceAsStream(TABLE);
        if (in == null) {
            throw new IllegalStateException("HanLP's table " + TABLE + " is not on the class path");
        }
        Map<Character, Character> table = new HashMap<>(8192);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int eq = line.indexOf('=');
                // one BMP character on each side: the step replaces one for one
                if (eq == 1 && line.length() == 3 && line.charAt(0) != line.charAt(2)) {
                    table.put(line.charAt(0), line.charAt(2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read HanLP's table " + TABLE, e);
        }
        return Map.copyOf(table);
    }
}
