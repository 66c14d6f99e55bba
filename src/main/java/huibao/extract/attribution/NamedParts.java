package huibao.extract.attribution;

import huibao.extract.lexicon.ClauseWords;
import huibao.extract.lexicon.IndicatorLexicon;
import huibao.model.Fact;
import huibao.model.Measure;
import huibao.text.Clauses;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A list of parts each written as its name and its figure, joined by 、 (前5名是甲产业1647亿元、乙产业403亿元…;
 * 新签约项目甲市5个、乙市3个…): every part states what the first states, of its own name only. The later
 * parts take the first's indicator and measure, and each part's scope keeps its own name, not the names
 * of the parts before it. Only levels are read so: a list of rates or ranks names no parts.
 */
final class NamedParts {

    private static final Pattern HAN_ONLY = Pattern.compile("[\\p{IsHan}]+");
    /** How long a part's name may be. */
    private static final int MAX_NAME = 8;
    private final ClauseWords words;
    private final IndicatorLexicon indicators;
    /** The marks after which the first part's name starts (clause-words.tsv: part_name_opener). */
    private final String nameOpeners;

    NamedParts(ClauseWords words, IndicatorLexicon indicators) {
        this.words = words;
        this.indicators = indicators;
        this.nameOpeners = String.join("", words.words("part_name_opener"));
    }

    /**
     * The attributions of one sentence, with each list of named parts read as parts of one kind, and each
     * count of a class written without its noun (装备制造类4个) read as a count of the projects the classes
     * before it count.
     */
    List<Attribution> apply(String s, int base, List<Attribution> attributions, Topic topic) {
        List<Attribution> out = new ArrayList<>(attributions);
        for (int k = 0; k < out.size(); k++) {
            out.set(k, classCount(s, base, out.get(k), topic));
        }
        List<String> earlier = new ArrayList<>();
        int i = 0;
        while (i < out.size()) {
            List<String> names = new ArrayList<>();
            String first = out.get(i).measure() == Measure.VALUE ? firstName(s, out.get(i).figure().start() - base) : null;
            int j = i + 1;
            while (first != null && j < out.size()) {
                String name = laterName(s, out.get(j - 1), out.get(j), base);
                if (name == null) {
                    break;
                }
                names.add(name);
                j++;
            }
            if (j - i >= 2) {
                names.add(0, first);
                Attribution head = out.get(i);
                for (int k = i; k < j; k++) {
                    Attribution a = out.get(k);
                    List<String> scope = new ArrayList<>(a.scope());
                    // 文旅 inside 文旅产业: a scope word read from any part's name is that part's, now its whole name
                    scope.removeIf(part -> names.stream().anyMatch(n -> n.contains(part) || part.contains(n))
                            || earlier.contains(part)); // 其中甲9个、乙7个，丙4个、丁4个: nor the names of the run before
                    scope.add(names.get(k - i));
                    out.set(k, new Attribution(a.figure(), head.indicator(), head.measure(), a.sign(),
                            ScopeParts.of(scope), a.versus(), a.project()));
                }
                earlier.addAll(names);
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    /**
     * 甲类项目5个，乙类1个: a count that names nothing but a class (its clause is a short name ending in a word of
     * clause-words.tsv class_word) counts what the last project count of the paragraph counts, that class only.
     */
    private Attribution classCount(String s, int base, Attribution a, Topic topic) {
        if (!Fact.OTHER.equals(a.indicator()) || a.measure() != Measure.VALUE || !a.figure().isCount()) {
            return a;
        }
        int at = a.figure().start() - base;
        String name = s.substring(Clauses.afterLast(s, Clauses.CLAUSE_MARKS, at), at).strip();
        String ending = words.words("class_word").stream().filter(name::endsWith).findFirst().orElse(null);
        if (ending == null || name.length() - ending.length() < 2 || !isName(name) || !indicators.find(name).isEmpty()
                || words.words("not_part_name").stream().anyMatch(name::contains)) {
            return a;
        }
        Attribution counted = topic.latest(b -> b.measure() == Measure.VALUE && b.figure().isCount() && b != a
                && stageCount(b.indicator()));
        if (counted == null) {
            return a;
        }
        List<String> scope = new ArrayList<>(a.scope());
        scope.add(name);
        return new Attribution(a.figure(), counted.indicator(), a.measure(), a.sign(), ScopeParts.of(scope),
                a.versus(), a.project());
    }

    private boolean stageCount(String indicator) {
        huibao.catalog.Indicator ind = indicators.get(indicator);
        return ind != null && ind.stage() != null;
    }

    /** The name right before the first figure, back to the word that opens the list; null when it is no part's name. */
    private String firstName(String s, int at) {
        int from = at;
        while (from > 0 && nameOpeners.indexOf(s.charAt(from - 1)) < 0 && at - from < MAX_NAME + 8) {
            from--;
        }
        String left = s.substring(from, at);
        int cut = 0;
        for (String w : words.words("not_part_name")) {
            int k = left.lastIndexOf(w);
            if (k >= 0) {
                cut = Math.max(cut, k + w.length());
            }
        }
        for (var m : indicators.find(left)) {
            cut = Math.max(cut, m.end());
        }
        String name = left.substring(cut);
        return isName(name) && name.length() >= 2 ? name : null; // 增长5%: the rest of a cut word is no name
    }

    /** The name between a figure and the next when they are joined by 、 and it is a part's name only, else null. */
    private String laterName(String s, Attribution prev, Attribution next, int base) {
        int gapFrom = prev.figure().end() - base;
        int gapTo = next.figure().start() - base;
        if (gapTo - gapFrom < 2 || s.charAt(gapFrom) != '、' || prev.figure().unitKind() != next.figure().unitKind()
                || next.measure() != Measure.VALUE) {
            return null;
        }
        String name = s.substring(gapFrom + 1, gapTo);
        return isName(name) && indicators.find(name).isEmpty()
                && words.words("not_part_name").stream().noneMatch(name::contains) ? name : null;
    }

    private static boolean isName(String name) {
        return !name.isEmpty() && name.length() <= MAX_NAME && HAN_ONLY.matcher(name).matches();
    }
}
