package huibao.project;

import huibao.catalog.InvestmentWords;
import huibao.config.Dictionaries;
import huibao.model.Report;
import huibao.model.Span;
import huibao.text.ChineseNumerals;
import huibao.text.Clauses;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a stage a report states as done from one it states as a plan, by the words of
 * {@code dictionaries/projects-plans.tsv}: a cue in the clause that names the project (力争…开工),
 * a cue opening the sentence (下一步，…), or a cue in the heading of the section (四、下半年工作打算).
 * A cue followed by an investment word (计划总投资, investment-words.tsv) speaks of money and does
 * not count; an ongoing stage (在谈, 在建) is never a plan.
 */
final class PlanCues {

    /** Section headings as the genre numbers them: 四、下半年工作打算 and （二）下步计划. */
    private static final Pattern HEADING = Pattern.compile("^\\s*[" + ChineseNumerals.DIGITS + "十]{1,3}\\s*[、.．]");
    private static final Pattern SUBHEADING = Pattern.compile("^\\s*[（(][" + ChineseNumerals.DIGITS + "十]{1,3}[）)]");

    private final List<String> clause = new ArrayList<>();
    private final List<String> sentence = new ArrayList<>();
    private final List<String> heading = new ArrayList<>();
    private final Set<String> ongoing;
    private final List<String> investmentWords;

    PlanCues(Dictionaries dictionaries, InvestmentWords investment) {
        List<String> on = new ArrayList<>();
        for (Dictionaries.Table.Row row : dictionaries.table("projects-plans.tsv", "kind", "word").rows()) {
            String word = row.get("word");
            if (word.isEmpty()) {
                throw row.error("empty word");
            }
            switch (row.get("kind")) {
                case "clause" -> clause.add(word);
                case "sentence" -> sentence.add(word);
                case "heading" -> heading.add(word);
                case "ongoing" -> on.add(word);
                default -> throw row.error("unknown kind '" + row.get("kind") + "' (clause, sentence, heading, ongoing)");
            }
        }
        this.ongoing = Set.copyOf(on);
        this.investmentWords = investment.words();
    }

    /**
     * Whether {@code report} states {@code stage} of the project named at {@code name} (file
     * offsets) as a plan.
     */
    boolean planned(String stage, Report report, Span name) {
        if (stage == null || ongoing.contains(stage)) {
            return false;
        }
        String text = report.text();
        int start = name.start() - report.range().start();
        int end = name.end() - report.range().start();
        if (start < 0 || end > text.length()) {
            return false;
        }
        if (hasCue(text.substring(Clauses.clauseStart(text, start), Clauses.clauseEnd(text, end)))) {
            return true;
        }
        String opening = text.substring(Clauses.sentenceStart(text, start)).stripLeading();
        if (sentence.stream().anyMatch(opening::startsWith)) {
            return true;
        }
        return inPlanSection(text, start);
    }

    private boolean hasCue(String clauseText) {
        for (String cue : clause) {
            for (int i = clauseText.indexOf(cue); i >= 0; i = clauseText.indexOf(cue, i + 1)) {
                String after = clauseText.substring(i + cue.length());
                if (investmentWords.stream().noneMatch(after::startsWith)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The clause cue that ends right at {@code end} of {@code text} (拟 in 拟投资), or {@code null}. */
    String cueEndingAt(String text, int end) {
        return clause.stream().filter(c -> end >= c.length() && text.startsWith(c, end - c.length()))
                .findFirst().orElse(null);
    }

    /** Whether the nearest heading above {@code at}, or the sub-heading under it, names a plan. */
    private boolean inPlanSection(String text, int at) {
        int lineEnd = text.lastIndexOf('\n', at);
        boolean subheadingSeen = false;
        while (lineEnd >= 0) {
            int lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
            String line = text.substring(lineStart, lineEnd);
            if (HEADING.matcher(line).find()) {
                return heading.stream().anyMatch(line::contains);
            }
            if (!subheadingSeen && SUBHEADING.matcher(line).find()) {
                subheadingSeen = true;
                if (heading.stream().anyMatch(line::contains)) {
                    return true;
                }
            }
            lineEnd = lineStart - 1;
        }
        return false;
    }
}
