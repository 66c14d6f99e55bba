package huibao.check;

import huibao.model.BaseUnit;
import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Measure;

import java.math.BigDecimal;
import java.util.List;

/**
 * A count against the things its sentence names (引进甲、乙、丙等3个项目; 包括甲、乙在内的5个项目).
 * 等 and 在内 may close a list of some of the things only, so fewer names than the count are
 * fine; more names than the count cannot be. The list is read only where it is plainly the names:
 * items joined by 、 alone, no figure, no 和 or 及, and no verb inside the items after the first
 * ({@code check-words.tsv} list_verb: 在甲、乙签约丙等 is two lists).
 */
final class ListedCounts implements Check {

    /** The longest item taken for a name. */
    private static final int LONGEST_NAME = 24;

    @Override
    public void run(CheckContext c, List<Finding> out) {
        for (ReportFacts r : c.reports()) {
            for (Fact f : r.facts) {
                if (f.measure() != Measure.VALUE || f.baseUnit() != BaseUnit.COUNT || f.redacted() || f.approx()
                        || f.value() == null || f.value().stripTrailingZeros().scale() > 0 || f.sentence() == null) {
                    continue;
                }
                List<String> names = names(f.sentence().substring(0, Math.max(0, Math.min(r.inSentence(f),
                        f.sentence().length()))), c.words().listVerbs);
                if (names.isEmpty()) {
                    continue;
                }
                int count = f.value().intValueExact();
                String listed = String.join("、", names);
                if (names.size() > count) {
                    out.add(new Finding(Finding.Kind.LIST_SUM, Finding.Severity.ERROR, f.doc(), f.indicator(), List.of(f),
                            "不少于 " + names.size() + f.unit(), Judgement.text(f),
                            "列举的名称 " + names.size() + " 项（" + listed + "），多于报告写的 " + Judgement.text(f), false));
                } else if (names.size() == count) {
                    out.add(new Finding(Finding.Kind.LIST_SUM, Finding.Severity.OK, f.doc(), f.indicator(), List.of(f),
                            count + f.unit(), Judgement.text(f),
                            "列举的名称 " + names.size() + " 项（" + listed + "），报告写 " + Judgement.text(f) + "：相符", false));
                }
            }
        }
    }

    /**
     * The names listed just before a count that 等 or 包括…在内的 closes, or an empty list when the
     * words before the count are not plainly such a list.
     */
    static List<String> names(String before, List<String> verbs) {
        String list;
        if (before.endsWith("等")) {
            list = before.substring(0, before.length() - 1);
        } else if (before.endsWith("在内的") || before.endsWith("在内")) {
            int k = before.lastIndexOf("包括");
            if (k < 0) {
                return List.of();
            }
            list = before.substring(k + 2, before.lastIndexOf("在内"));
        } else {
            return List.of();
        }
        int from = 0;
        for (int i = 0; i < list.length(); i++) {
            if ("，,；;：:。（）()《》“”\"".indexOf(list.charAt(i)) >= 0) {
                from = i + 1;
            }
        }
        list = list.substring(from);
        if (list.isEmpty() || list.chars().anyMatch(ch -> Character.isDigit(ch) || ch == '%' || ch == '和' || ch == '及' || ch == '与')) {
            return List.of();
        }
        List<String> items = List.of(list.split("、", -1));
        if (items.size() < 2 || items.stream().anyMatch(s -> s.isBlank() || s.length() > LONGEST_NAME)
                || items.subList(1, items.size()).stream().anyMatch(s -> verbs.stream().anyMatch(s::contains))) {
            return List.of();
        }
        String first = items.get(0);
        int cut = verbs.stream().filter(first::contains).mapToInt(v -> first.lastIndexOf(v) + v.length()).max().orElse(0);
        List<String> out = new java.util.ArrayList<>(items);
        out.set(0, first.substring(cut));
        return out.get(0).isBlank() ? List.of() : out;
    }
}
