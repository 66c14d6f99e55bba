package huibao.extract.entity;

import huibao.extract.lexicon.WordMatcher;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The points in front of a name's ending where the name may start: after a boundary word of
 * {@code entities.tsv} that stands as a whole word (有 of 有限公司 and of 有机肥 is none), and after
 * a verb HanLP sees governing what follows (认真分析, 引进了, or a verb that opens the stretch).
 * Right before the ending a boundary word cuts unless it is a name_verb (混凝土建设项目 keeps 建设).
 */
final class EntityCuts {

    /**
     * A point where a name may start.
     *
     * @param begin       where the word before the point begins
     * @param at          the point, just after that word
     * @param word        the word
     * @param decisive    whether the name must start here or nowhere: after 的, 在, 一批, an adverb's
     *                    verb or a verb with 了; a plain verb may itself be part of a name, so a
     *                    name that is generic after it may start further back
     * @param conjunction whether the word is 和, 及, 与 …, which joins two names or two parts of one
     */
    record Cut(int begin, int at, String word, boolean decisive, boolean conjunction) {
    }

    private final EntityVocabulary vocabulary;

    EntityCuts(EntityVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The cuts of {@code w[0, core)}, nearest the ending first. */
    List<Cut> find(String w, int core, List<EntityTerms.Word> words, boolean verbs) {
        List<Cut> cuts = new ArrayList<>();
        Set<Integer> starts = new HashSet<>();
        Set<Integer> ends = new HashSet<>();
        for (EntityTerms.Word x : words) {
            starts.add(x.start());
            ends.add(x.end());
        }
        for (WordMatcher.Match<String> m : vocabulary.boundaries.findAll(w.substring(0, core))) {
            boolean namesEnding = m.end() == core && vocabulary.nameVerbs.contains(m.word())
                    && !afterAdverb(words, m.start());
            if (starts.contains(m.start()) && ends.contains(m.end()) && !namesEnding) {
                EntityTerms.Word last = wordEndingAt(words, m.end());
                boolean verb = last != null && last.nature().startsWith("v");
                boolean conjunction = vocabulary.conjunctions.contains(m.word());
                add(cuts, new Cut(m.start(), m.end(), m.word(), !verb && !conjunction, conjunction));
            }
        }
        if (verbs) {
            boolean leading = true;
            for (int i = 0; i < words.size() && words.get(i).end() <= core; i++) {
                EntityTerms.Word x = words.get(i);
                boolean verb = EntityTerms.isVerb(x);
                boolean afterAdverb = i > 0 && EntityTerms.isAdverb(words.get(i - 1));
                boolean le = i + 1 < words.size() && words.get(i + 1).word().equals("了");
                boolean leadingVerb = leading && verb;
                boolean governs = verb && (afterAdverb || le) || x.nature().equals("vn") && afterAdverb;
                if ((governs || leadingVerb) && !nounBeforeEnding(words, x.end(), core)) {
                    int at = le ? words.get(i + 1).end() : x.end();
                    add(cuts, new Cut(x.start(), at, x.word(), governs, false));
                }
                leading &= verb || x.nature().startsWith("v") || EntityTerms.isAdverb(x) || x.word().equals("了")
                        || x.nature().startsWith("w");
            }
        }
        EntityTerms.Word last = wordEndingAt(words, core);
        if (last != null && verbTakingEnding(words, last)) {
            add(cuts, new Cut(last.start(), core, last.word(), true, false)); // 清单式倒逼项目, “内卷”抬升项目
        }
        cuts.sort(Comparator.comparingInt(Cut::at).reversed());
        return cuts;
    }

    private static void add(List<Cut> cuts, Cut cut) {
        for (int i = 0; i < cuts.size(); i++) {
            if (cuts.get(i).at() == cut.at()) {
                if (cut.decisive() && !cuts.get(i).decisive()) {
                    cuts.set(i, cut);
                }
                return;
            }
        }
        cuts.add(cut);
    }

    /**
     * 建设 of 混凝土建设项目 belongs to the name: a noun or verbal noun right before the ending is no
     * cut, unless an adverb makes it a verb (精心包装项目).
     */
    private static boolean nounBeforeEnding(List<EntityTerms.Word> words, int at, int core) {
        if (at != core) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).end() == at) {
                return EntityTerms.isNounLike(words.get(i)) && !(i > 0 && EntityTerms.isAdverb(words.get(i - 1)));
            }
        }
        return false;
    }

    /**
     * A verb right before the ending takes it as its object unless a noun stands before the verb,
     * which makes the two a name (北山风力发电项目).
     */
    private static boolean verbTakingEnding(List<EntityTerms.Word> words, EntityTerms.Word last) {
        if (!(last.nature().equals("v") || last.nature().equals("vi")) || last.word().length() < 2) {
            return false;
        }
        int i = words.indexOf(last);
        if (i == 0) {
            return true;
        }
        String before = words.get(i - 1).nature();
        return !(before.startsWith("n") || before.equals("x") || before.startsWith("g") || before.equals("j"));
    }

    private static boolean afterAdverb(List<EntityTerms.Word> words, int at) {
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).start() == at) {
                return EntityTerms.isAdverb(words.get(i - 1));
            }
        }
        return false;
    }

    static EntityTerms.Word wordEndingAt(List<EntityTerms.Word> words, int at) {
        for (EntityTerms.Word x : words) {
            if (x.end() == at) {
                return x;
            }
        }
        return null;
    }
}
