package huibao.extract.entity;

import huibao.text.Clauses;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides where a name begins. A name is read back from its end to the punctuation before it;
 * the verbs, prepositions and list openers in that stretch are cut points, and the name starts
 * after the nearest one that still leaves a distinctive name (认真分析金雷风电…项目 →
 * 金雷风电…项目), or stays whole when every cut would leave only generic words
 * (安徽康信制药特殊医学用途配方产品研发及生产线项目). What stands in front of the name and is no
 * part of it is dropped by {@link EntityFront}. Immutable.
 */
final class EntityNamer {

    static final String STOPS = Clauses.CLAUSE_MARKS + "、《》“”\"（）()【】 \u3000\n\t";
    private static final int MAX_BACK = 36;

    private final EntityVocabulary vocabulary;
    private final EntityTerms terms;
    private final EntityDistinctness distinct;
    private final EntityCuts cuts;
    private final EntityFront front;
    /** A count inside a name, which makes it none (…等12个项目): entities-cues.tsv name_counter. */
    private final Pattern count;

    EntityNamer(EntityVocabulary vocabulary, EntityTerms terms, EntityDistinctness distinct) {
        this.vocabulary = vocabulary;
        this.count = Pattern.compile("[0-9]+[余多]?" + vocabulary.cues.get(EntityVocabulary.Cue.NAME_COUNTER).group());
        this.terms = terms;
        this.distinct = distinct;
        this.cuts = new EntityCuts(vocabulary);
        this.front = new EntityFront(vocabulary, distinct);
    }

    /** How far back from {@code from} a name can reach: to the punctuation before it. */
    static int readBack(String s, int from) {
        int i = from;
        while (i > 0 && from - i < MAX_BACK) {
            char c = s.charAt(i - 1);
            if (STOPS.indexOf(c) < 0 || c == ' ' && keepsSpace(s, i - 1)) {
                i--;
                continue;
            }
            int open = closes(s, i - 1);
            if (open > 0 && STOPS.indexOf(s.charAt(open - 1)) < 0) {
                i = open; // 人民控股（安徽）电子…, 上汽通用五菱“一二五”工程
                continue;
            }
            break;
        }
        return i;
    }

    /** A space a PDF left between Latin letters and Chinese (LNG 储气, (HRC) 项目) is part of a name. */
    private static boolean keepsSpace(String s, int at) {
        if (at == 0 || at + 1 >= s.length()) {
            return false;
        }
        char before = s.charAt(at - 1);
        char after = s.charAt(at + 1);
        return (before < 128 && Character.isLetterOrDigit(before) || before == ')' || before == '）')
                && !Character.isWhitespace(after) && STOPS.indexOf(after) < 0;
    }

    /** Where the bracket or quote that closes at {@code at} opens, when it does so within a few characters. */
    private static int closes(String s, int at) {
        char c = s.charAt(at);
        char open = switch (c) {
            case '）' -> '（';
            case ')' -> '(';
            case '”' -> '“';
            default -> 0;
        };
        if (open == 0) {
            return -1;
        }
        for (int j = at - 1; j >= Math.max(0, at - 12); j--) {
            char x = s.charAt(j);
            if (x == open) {
                return j;
            }
            if (STOPS.indexOf(x) >= 0 && x != ' ') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Where the name that lies in {@code s[from, end)} starts, its own ending (项目, 有限公司) from
     * {@code coreEnd} on; -1 when no distinctive name stands there.
     *
     * @param verbs whether HanLP's verbs count as cut points besides the dictionary's boundaries
     */
    int start(String s, int from, int coreEnd, int end, NamingRule rule, boolean verbs) {
        if (coreEnd <= from) {
            return -1;
        }
        String w = s.substring(from, end);
        int core = coreEnd - from;
        List<EntityTerms.Word> words = terms.segment(w);
        if (rule == NamingRule.PROJECT && verbTakesGenericObject(w, words, core) || endsInConjunction(words, core)) {
            return -1; // 在线观摩重点项目, 撬动高质量项目, 人才信息库和项目资源库
        }
        List<EntityCuts.Cut> found = cuts.find(w, core, words, verbs);
        boolean nearest = true;
        for (int k = 0; k < found.size(); k++) {
            EntityCuts.Cut cut = found.get(k);
            int before = k + 1 < found.size() ? found.get(k + 1).at() : 0;
            if (cut.conjunction() && !separates(w, words, before, cut.begin())) {
                continue; // 中石油油库及加油站项目
            }
            int rem = front.strip(w, words, cut.at(), core, rule);
            if (rem >= core) {
                if (nearest) {
                    return -1; // 推动项目, 来的项目: the nearest verb takes the ending as its object
                }
                continue;
            }
            nearest = false;
            if (cut.word().equals("的") && !distinct.isGenericOnly(w.substring(rem, core))) {
                int joined = joinAcrossDe(w, words, before, cut.begin(), core);
                if (joined >= 0) {
                    return from + joined; // 济南能源集团的光伏发电项目, 游埠汇泰纺织的毛毯项目
                }
            }
            if (distinct.isDistinctive(w.substring(rem, core), rule)) {
                return from + rem;
            }
            if (cut.decisive() || rule == NamingRule.LISTED) {
                return -1; // 税源高的制造业大项目; 持续提升计量、标准等服务企业
            }
        }
        // an item of a list starts where it is written (天润化纤: 天 is no measure word here)
        int rem = rule == NamingRule.LISTED && !verbs ? EntityFront.skipMarks(w, 0, core) : front.strip(w, words, 0, core, rule);
        return rem < core && distinct.isDistinctive(w.substring(rem, core), rule) ? from + rem : -1;
    }

    /**
     * Whether a verb stands before the ending with only generic words after it (观摩重点项目): the
     * verb takes the ending as its object. A verb joined to what follows (研发及生产线) does not.
     */
    private boolean verbTakesGenericObject(String w, List<EntityTerms.Word> words, int core) {
        for (int i = 0; i + 1 < words.size() && words.get(i).end() < core; i++) {
            EntityTerms.Word x = words.get(i);
            EntityTerms.Word next = words.get(i + 1);
            if (!EntityTerms.isVerb(x) || x.word().length() < 2 || next.nature().startsWith("c")) {
                continue;
            }
            int rem = front.strip(w, words, x.end(), core, NamingRule.PROJECT);
            if (rem < core && distinct.isGenericOnly(w.substring(rem, core))) {
                return true;
            }
        }
        return false;
    }

    private boolean endsInConjunction(List<EntityTerms.Word> words, int core) {
        EntityTerms.Word last = EntityCuts.wordEndingAt(words, core);
        return last != null && vocabulary.conjunctions.contains(last.word());
    }

    /**
     * Whether a conjunction at {@code at} separates two things: what stands before it (from
     * {@code from}) is generic, holds a verb or ends like a name; otherwise it joins two parts of
     * one name (高端铝及铝合金…).
     */
    private boolean separates(String w, List<EntityTerms.Word> words, int from, int at) {
        int start = front.strip(w, words, from, at, NamingRule.PROJECT);
        if (start >= at || !distinct.isDistinctive(w.substring(start, at), NamingRule.ORGANIZATION)) {
            return true;
        }
        for (EntityTerms.Word x : words) {
            if (x.start() >= start && x.end() <= at && EntityTerms.isVerb(x) && x.word().length() >= 2) {
                return true;
            }
        }
        return vocabulary.endingAt(w, start, at) != null;
    }

    /** Whether {@code core}, a name without its ending, is a name of its own (康美药业, not 生产线). */
    boolean isDistinctive(String core) {
        return !core.isEmpty() && distinct.isDistinctive(core, NamingRule.ORGANIZATION);
    }

    /**
     * Whether {@code name} can stand as a name at all: its quotes pair up, it holds no count
     * (创新港14个项目), no plus sign (管委会+公司) and does not open with a generic ending (型城市…).
     */
    boolean isWellFormed(String name) {
        int depth = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '“') {
                depth++;
            } else if (c == '”' && --depth < 0) {
                return false;
            }
        }
        return depth == 0 && !count.matcher(name).find() && name.indexOf('+') < 0 && name.indexOf('＋') < 0
                && !vocabulary.genericEndings.contains(name.substring(0, 1));
    }

    /**
     * The start of the firm or name before 的 that the name after it belongs to (游埠汇泰纺织的毛毯项目),
     * or -1 when what stands before 的 is a figure, a verb phrase or generic (投资16亿元的…).
     */
    private int joinAcrossDe(String w, List<EntityTerms.Word> words, int from, int de, int core) {
        int start = front.strip(w, words, from, de, NamingRule.PROJECT);
        if (start >= de || de - start > 12) {
            return -1;
        }
        String before = w.substring(start, de);
        for (int i = 0; i < before.length(); i++) {
            if (Character.isDigit(before.charAt(i)) || "Xx×*＊".indexOf(before.charAt(i)) >= 0) {
                return -1;
            }
        }
        for (EntityTerms.Word x : words) {
            boolean inside = x.start() >= start && x.end() <= core && (x.end() <= de || x.start() > de);
            String n = x.nature();
            if (inside && (EntityTerms.isVerb(x) || n.startsWith("p") || n.equals("d") || n.startsWith("r"))) {
                return -1; // 区招商中心通过联席会议的形式通报项目: a clause, not a firm and its project
            }
        }
        return distinct.isDistinctive(before, NamingRule.PROJECT) ? start : -1;
    }
}
