package huibao.project;

import huibao.config.Dictionaries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How names written in different reports compare, as {@code dictionaries/projects-names.tsv}
 * says: the key a name compares by (quotes and blanks dropped, generic endings and the phase cut
 * off the end), the phase it names, and the core of an investor's name.
 */
final class ProjectNames {

    /** A short form must keep this many characters to stand for a longer name: 海洋城 is too short to be 海洋科技城. */
    static final int MIN_SHORT_FORM = 4;
    /** A name that drops a longer one's description (山东高速莱钢绿建 for …莱钢绿建重型装配式建筑产业园) must be a name by itself. */
    static final int MIN_LEADING_FORM = 6;
    /** What a short form keeps of each end when it drops a modifier between (恒屹·结构件 of 恒屹新能源电池结构件). */
    static final int MIN_KEPT_END = 2;

    /**
     * A name as it compares.
     *
     * @param key   the name without ignored characters, generic endings and phase
     * @param phase the phase it names (1 for 一期), 0 when none
     */
    record Key(String key, int phase) {
    }

    private final List<String> endings;
    private final Map<String, Integer> phases;
    private final List<String> phaseWords;
    private final Set<String> ignored;
    private final List<String> companyEndings;
    private final List<String> anaphors;

    ProjectNames(Dictionaries dictionaries) {
        List<String> ends = new ArrayList<>();
        Map<String, Integer> ph = new HashMap<>();
        List<String> ign = new ArrayList<>();
        List<String> co = new ArrayList<>();
        List<String> ana = new ArrayList<>();
        for (Dictionaries.Table.Row row : dictionaries.table("projects-names.tsv", "kind", "word", "phase").rows()) {
            String word = row.get("word");
            if (word.isEmpty()) {
                throw row.error("empty word");
            }
            switch (row.get("kind")) {
                case "ending" -> ends.add(word);
                case "phase" -> ph.put(word, phaseNumber(row));
                case "ignore" -> ign.add(word);
                case "company_ending" -> co.add(word);
                case "anaphor" -> ana.add(word);
                default -> throw row.error("unknown kind '" + row.get("kind")
                        + "' (ending, phase, ignore, company_ending, anaphor)");
            }
        }
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
        this.endings = ends.stream().sorted(longestFirst).toList();
        this.phases = Map.copyOf(ph);
        this.phaseWords = ph.keySet().stream().sorted(longestFirst.thenComparing(Comparator.naturalOrder())).toList();
        this.ignored = Set.copyOf(ign);
        this.companyEndings = co.stream().sorted(longestFirst).toList();
        this.anaphors = ana.stream().sorted(longestFirst).toList();
    }

    private static int phaseNumber(Dictionaries.Table.Row row) {
        try {
            int n = Integer.parseInt(row.get("phase"));
            if (n < 1) {
                throw row.error("phase must be 1 or more: " + row.get("phase"));
            }
            return n;
        } catch (NumberFormatException e) {
            throw row.error("phase is not a number: '" + row.get("phase") + "'");
        }
    }

    /**
     * The key of {@code name}, with the phase it names or, failing that, the phase written right
     * after it in the report ({@code following}: 恒屹结构件项目一期于6月…).
     */
    Key key(String name, String following) {
        String s = plain(name);
        int phase = 0;
        boolean cut = true;
        while (cut) {
            cut = false;
            for (String w : phaseWords) {
                if (s.endsWith(w) && s.length() > w.length()) {
                    s = s.substring(0, s.length() - w.length());
                    phase = phase == 0 ? phases.get(w) : phase;
                    cut = true;
                }
            }
            for (String e : endings) {
                if (s.endsWith(e) && s.length() > e.length()) {
                    s = s.substring(0, s.length() - e.length());
                    cut = true;
                }
            }
        }
        if (phase == 0 && following != null) {
            phase = leadingPhase(plain(following));
        }
        return new Key(s, phase);
    }

    private int leadingPhase(String text) {
        for (String w : phaseWords) {
            if (text.startsWith(w)) {
                return phases.get(w);
            }
        }
        return 0;
    }

    /** {@code text} without blanks and the characters of kind ignore. */
    String plain(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && !ignored.contains(c)) {
                sb.append(c);
            }
        });
        return sb.toString();
    }

    /** An investor's name without its firm endings: 恒屹精密科技有限公司 → 恒屹精密科技. */
    String investorCore(String investor) {
        String s = plain(investor);
        boolean cut = true;
        while (cut) {
            cut = false;
            for (String e : companyEndings) {
                if (s.endsWith(e) && s.length() > e.length()) {
                    s = s.substring(0, s.length() - e.length());
                    cut = true;
                }
            }
        }
        return s;
    }

    /** Whether two investors' cores name one firm: one holds the other (恒屹精密科技, 恒屹). */
    static boolean sameInvestor(String core, String other) {
        return core.contains(other) || other.contains(core);
    }

    /** The anaphor {@code text} opens with (项目, 该项目), or {@code null}. */
    String anaphorAt(String text) {
        return anaphors.stream().filter(text::startsWith).findFirst().orElse(null);
    }

    /** The phase word {@code text} opens with, or {@code null}. */
    String phaseWordAt(String text) {
        return phaseWords.stream().filter(text::startsWith).findFirst().orElse(null);
    }

    /** The phase word that ends right at {@code end} of {@code text} (一期 in 一期投资), or {@code null}. */
    String phaseWordEndingAt(String text, int end) {
        return phaseWords.stream().filter(w -> end >= w.length() && text.startsWith(w, end - w.length()))
                .findFirst().orElse(null);
    }

    /**
     * Whether the key {@code shorter} writes the same name as {@code longer}: equal; or
     * {@code longer} with a prefix dropped (a place or a firm: 汀湾海洋科技城 → 海洋科技城); or with a
     * modifier dropped between a kept head and tail (恒屹新能源电池结构件 → 恒屹结构件); or with its
     * description dropped from a name that stands by itself (山东高速莱钢绿建重型装配式建筑产业园 →
     * 山东高速莱钢绿建).
     */
    static boolean writesSameAs(String longer, String shorter) {
        if (longer.equals(shorter)) {
            return true;
        }
        int n = shorter.codePointCount(0, shorter.length());
        if (n < MIN_SHORT_FORM || shorter.length() >= longer.length()) {
            return false;
        }
        if (longer.endsWith(shorter)) {
            return true;
        }
        if (n >= MIN_LEADING_FORM && longer.startsWith(shorter)) {
            return true;
        }
        for (int i = MIN_KEPT_END; i <= shorter.length() - MIN_KEPT_END; i++) {
            if (longer.startsWith(shorter.substring(0, i)) && longer.endsWith(shorter.substring(i))) {
                return true;
            }
        }
        return false;
    }
}
