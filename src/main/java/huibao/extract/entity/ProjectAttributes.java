package huibao.extract.entity;

import huibao.extract.lexicon.Vocabulary;
import huibao.extract.lexicon.WordMatcher;
import huibao.model.Entity;
import huibao.model.Fact;
import huibao.model.Report;
import huibao.model.Span;
import huibao.text.Clauses;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a sentence says about a project it names: its stage (the stage word of {@code stages.tsv}
 * nearest the name, labelled by {@code entities-stages.tsv}), its investor (the firm its name opens
 * with, or the organisation the sentence ties to it: 由A投资建设, A投资的…, 与A签订…) and the
 * fact that states its investment (投资额16亿元的海洋城项目).
 */
final class ProjectAttributes {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final int MAX_AMOUNT_GAP = 6;

    private final EntityVocabulary vocabulary;

    ProjectAttributes(EntityVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * The stage the word nearest {@code project} in its clause tells (a word after the name wins a
     * tie), or {@code null}. Stage words inside a name ({@code names}) do not count, nor do those of
     * another clause (…一期开工和恒屹…项目投产，加快海洋装备产业园项目谈判进度 tells nothing of the last).
     */
    String stage(String s, EntityCandidate project, List<EntityCandidate> names) {
        int from = project.start();
        while (from > 0 && Clauses.CLAUSE_MARKS.indexOf(s.charAt(from - 1)) < 0) {
            from--;
        }
        int to = project.end();
        while (to < s.length() && Clauses.CLAUSE_MARKS.indexOf(s.charAt(to)) < 0) {
            to++;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (WordMatcher.Match<Vocabulary.Stage> m : vocabulary.stages.findLongest(s)) {
            String label = vocabulary.stageLabels.get(m.value().stage());
            if (label == null || insideName(m, names) || m.start() < from || m.end() > to) {
                continue;
            }
            int distance;
            if (m.end() <= project.start()) {
                distance = project.start() - m.end();
            } else if (m.start() >= project.end()) {
                distance = m.start() - project.end();
            } else {
                continue;
            }
            boolean after = m.start() >= project.end();
            if (distance < bestDistance || distance == bestDistance && after) {
                best = label;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static boolean insideName(WordMatcher.Match<?> m, List<EntityCandidate> names) {
        for (EntityCandidate c : names) {
            if (c.start() <= m.start() && m.end() <= c.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The investor of {@code project}: the organisation its name opens with, else the nearest
     * organisation of the sentence that an investor cue ties to a project; {@code null} when none.
     */
    String investor(String s, EntityCandidate project, List<EntityCandidate> all) {
        for (EntityCandidate c : all) {
            if (c.kind() == Entity.Kind.ORGANIZATION && c.start() == project.start() && c.end() < project.end()) {
                return s.substring(c.start(), c.end()); // 亨通集团高端铝…项目
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (EntityCandidate c : all) {
            if (c.kind() != Entity.Kind.ORGANIZATION || c.overlaps(project) || !tied(s, c)) {
                continue;
            }
            int distance = c.end() <= project.start() ? project.start() - c.end() : c.start() - project.end();
            if (distance < bestDistance) {
                best = s.substring(c.start(), c.end());
                bestDistance = distance;
            }
        }
        return best;
    }

    private boolean tied(String s, EntityCandidate org) {
        return vocabulary.cueEndingAt(EntityVocabulary.Cue.INVESTOR_BEFORE, s, org.start()) != null
                || vocabulary.cueStartingAt(EntityVocabulary.Cue.INVESTOR_AFTER, s, org.end()) != null;
    }

    /**
     * The id of the fact that states the investment of the project {@code name} at {@code span}:
     * a fact attributed to that project, else a money figure right before the name (投资额16亿元的…)
     * or right after it with an investment word between (…项目投资8亿元); {@code null} when none.
     */
    static String factId(String name, Span span, Report report, List<Fact> facts) {
        String key = SPACES.matcher(name).replaceAll("");
        for (Fact f : facts) {
            if (f.project() != null && SPACES.matcher(f.project()).replaceAll("").equals(key)) {
                return f.id();
            }
        }
        for (Fact f : facts) {
            if (f.baseUnit() == null || !f.baseUnit().isMoney() || f.span() == null) {
                continue;
            }
            if (f.span().end() <= span.start() && span.start() - f.span().end() <= 1
                    && report.slice(new Span(f.span().end(), span.start())).replace("的", "").isEmpty()) {
                return f.id();
            }
            if (f.span().start() >= span.end() && f.span().start() - span.end() <= MAX_AMOUNT_GAP
                    && report.slice(new Span(span.end(), f.span().start())).contains("投资")) {
                return f.id();
            }
        }
        return null;
    }
}
