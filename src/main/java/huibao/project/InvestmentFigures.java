package huibao.project;

import huibao.catalog.InvestmentWords;
import huibao.model.Entity;
import huibao.model.Fact;
import huibao.model.Report;
import huibao.model.Span;
import huibao.text.Clauses;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The investment a mention's report states for its project: the fact extraction tied to the
 * mention (总投资12亿元的恒屹…项目), else an amount that follows the name under an investment word,
 * in the name's own clause (…项目拟投资15至18亿元) or, opened by an anaphor or a phase word, in a
 * later clause of its sentence or the next (…洽谈阶段，项目计划总投资约45亿元; 一期投资16.8亿元),
 * with no other project named between. Only money counts, and only under an investment word of
 * {@code investment-words.tsv}: 预计全年可实现产值8亿元 is no investment.
 */
final class InvestmentFigures {

    /** Words such as 拟, 预计 before an investment word, and 约, 达 after it, are this short. */
    private static final int MAX_AROUND = 2;
    /** Longer wording than this is a clause, not the name of an amount. */
    private static final int MAX_WORDING = 12;

    private final ProjectNames names;
    private final PlanCues plans;
    private final List<String> investmentWords;
    private final Map<String, Fact> byId = new HashMap<>();
    private final Map<String, List<Fact>> moneyByDoc = new HashMap<>();
    private final Map<String, List<Entity>> projectsByDoc = new HashMap<>();

    InvestmentFigures(InvestmentWords investment, ProjectNames names, PlanCues plans, List<Fact> facts,
                      List<Entity> entities) {
        this.names = names;
        this.plans = plans;
        this.investmentWords = investment.words().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (Fact f : facts) {
            byId.put(f.id(), f);
            if (f.baseUnit().isMoney()) {
                moneyByDoc.computeIfAbsent(f.doc(), d -> new ArrayList<>()).add(f);
            }
        }
        moneyByDoc.values().forEach(l -> l.sort(Comparator.comparingInt(f -> f.span().start())));
        for (Entity e : entities) {
            if (e.kind() == Entity.Kind.PROJECT) {
                projectsByDoc.computeIfAbsent(e.doc(), d -> new ArrayList<>()).add(e);
            }
        }
    }

    /** The investment {@code report} states for the project {@code m} names, if it states one there. */
    Optional<InvestmentFigure> of(NamedMention m, Report report) {
        if (report == null || !report.range().contains(m.entity().span())) {
            return Optional.empty();
        }
        Entity e = m.entity();
        Fact tied = e.factId() == null ? null : byId.get(e.factId());
        Fact f = tied != null && tied.baseUnit().isMoney() && report.range().contains(tied.span())
                ? tied : following(e, report);
        return f == null ? Optional.empty()
                : Optional.of(new InvestmentFigure(m.mention().report(), wording(report, f), f));
    }

    /** The first amount after the name that an investment word opens, within reach; {@code null} when none. */
    private Fact following(Entity e, Report report) {
        String text = report.text();
        int base = report.range().start();
        int nameEnd = e.span().end() - base;
        int reach = Clauses.sentenceEnd(text, Clauses.sentenceEnd(text, nameEnd) + 1);
        for (Fact f : moneyByDoc.getOrDefault(e.doc(), List.of())) {
            int at = f.span().start() - base;
            if (at < nameEnd || !report.range().contains(f.span())) {
                continue;
            }
            if (at > reach || projectBetween(e, f)) {
                return null;
            }
            int clauseStart = Clauses.clauseStart(text, at);
            boolean ownClause = clauseStart <= nameEnd;
            if (opensInvestment(text.substring(ownClause ? nameEnd : clauseStart, at), !ownClause)) {
                return f;
            }
        }
        return null;
    }

    private boolean projectBetween(Entity e, Fact f) {
        for (Entity other : projectsByDoc.getOrDefault(e.doc(), List.of())) {
            if (other.span().start() >= e.span().end() && other.span().start() < f.span().start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code before} (the words before an amount) reads as [anaphor] [phase] [拟] investment
     * word [约]: 项目计划总投资约, 一期投资, 拟投资.
     */
    private boolean opensInvestment(String before, boolean needsAnaphor) {
        String s = names.plain(before);
        if (s.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        String anaphor = names.anaphorAt(s);
        s = anaphor == null ? s : s.substring(anaphor.length());
        String phase = names.phaseWordAt(s);
        s = phase == null ? s : s.substring(phase.length());
        if (needsAnaphor && anaphor == null && phase == null) {
            return false;
        }
        for (int i = 0; i <= Math.min(MAX_AROUND, s.length()); i++) {
            for (String w : investmentWords) {
                if (s.startsWith(w, i) && s.length() - i - w.length() <= MAX_AROUND) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The words before {@code f} that say what the amount is, from the first investment word of
     * its clause after the last name or amount before it, with a plan cue or phase word just
     * before that word: 总投资, 拟投资, 一期投资, 计划总投资约.
     */
    private String wording(Report report, Fact f) {
        String text = report.text();
        int base = report.range().start();
        int at = f.span().start() - base;
        int from = Clauses.clauseStart(text, at);
        for (Fact other : moneyByDoc.getOrDefault(f.doc(), List.of())) {
            if (other.span().end() <= f.span().start()) {
                from = Math.max(from, other.span().end() - base);
            }
        }
        for (Entity project : projectsByDoc.getOrDefault(f.doc(), List.of())) {
            if (project.span().end() <= f.span().start()) {
                from = Math.max(from, project.span().end() - base);
            }
        }
        String before = text.substring(from, at);
        int first = -1;
        for (String w : investmentWords) {
            int i = before.indexOf(w);
            if (i >= 0 && (first < 0 || i < first)) {
                first = i;
            }
        }
        if (first < 0) {
            return null;
        }
        String cue = plans.cueEndingAt(before, first);
        first -= cue == null ? 0 : cue.length();
        String phase = names.phaseWordEndingAt(before, first);
        first -= phase == null ? 0 : phase.length();
        String wording = before.substring(first).strip();
        return wording.isEmpty() || wording.length() > MAX_WORDING || wording.chars().anyMatch(Character::isDigit)
                ? null : wording;
    }
}
