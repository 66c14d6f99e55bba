package huibao.extract.lexicon;

import huibao.catalog.Catalogs;
import huibao.catalog.Indicator;
import huibao.catalog.ScopeCatalog;
import huibao.catalog.StageCatalog;
import huibao.config.Dictionaries;
import huibao.extract.number.FigureRules;
import huibao.extract.number.UnitTable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every vocabulary the fact extractor reads, loaded once from the dictionaries and shared by all
 * threads (it is immutable).
 */
public final class Vocabulary {

    /**
     * A stage word of {@code stages.tsv}.
     *
     * @param stage     negotiating, signed, started, building, completed, listed, outside, increase or key
     * @param indicator the count indicator of that stage, or {@code null}
     */
    public record Stage(String stage, String indicator) {
        /**
         * Whether the word makes a count of projects {@code other} whatever stage word stands before
         * it: listed projects (入库, 结转, 重点项目) and steps outside the counted stages (履约, 审批,
         * 终止, 意向).
         */
        public boolean listed() {
            return "listed".equals(stage) || "outside".equals(stage);
        }

        /**
         * Whether the word makes a count of projects {@code other} only when no counted stage word
         * stands before it: 续建项目67个 is other, 新引进和续建项目574个 keeps the stage of 新引进.
         */
        public boolean uncounted() {
            return indicator == null && !listed();
        }

        /**
         * Whether the word tells a capital increase of firms already there (增资): no stage of a
         * project; its count is other unless it is a part of a count it breaks down.
         */
        public boolean increase() {
            return "increase".equals(stage);
        }

        /** Whether the stage is still under negotiation (在谈, 洽谈): projects not yet brought in. */
        public boolean negotiating() {
            return "negotiating".equals(stage);
        }
    }

    /**
     * A target cue of {@code target-cues.tsv}.
     *
     * @param sentence  whether it governs the rest of the sentence (else only its clause)
     * @param unless    words that, right after the cue, cancel it
     * @param paragraph whether it governs the rest of its paragraph (a heading such as 目标任务。)
     * @param phrase    whether it governs only up to the next ；(力争, 确保)
     */
    public record TargetCue(boolean sentence, List<String> unless, boolean paragraph, boolean phrase) {
    }

    /**
     * A scope word of {@code scopes.tsv}.
     *
     * @param category area, source, sector, program or forecast
     * @param domain   foreign, domestic or {@code null}
     * @param scopeAs  how the word is written in a scope
     */
    public record ScopeWord(String category, String domain, String scopeAs) {
    }

    /** Units and their base units ({@code units.tsv}). */
    public final UnitTable units;
    /** Which numbers are figures ({@code figure-rules.tsv}). */
    public final FigureRules figureRules;
    /** Indicators and their terms. */
    public final IndicatorLexicon indicators;
    /** Measure cues (增长, 占, 完成, 任务数). */
    public final MeasureCues measures;
    /** Project stage words and the indicators they count. */
    public final WordMatcher<Stage> stages;
    /** Plan and target cues (力争, 计划, 目标任务). */
    public final WordMatcher<TargetCue> targets;
    /** Scope words and the domains they name. */
    public final WordMatcher<ScopeWord> scopes;
    /** Words that make an amount an investment of projects. */
    public final WordMatcher<String> investmentWords;
    /** Words that start no new subject ({@code carry-words.tsv}: 其中, 分别为). */
    public final WordMatcher<String> carryWords;
    /** Clause words by role ({@code clause-words.tsv}: 分别, 其中, list items). */
    public final ClauseWords clauseWords;
    private final java.util.Set<String> programmes = new java.util.HashSet<>();
    /** Endings of project names ({@code project_suffix} of {@code entities.tsv}: 项目, 产业园). */
    public final List<String> projectEndings;

    /** Whether the breakdowns of an indicator's figures (其中500强企业6家) stay in the indicator. */
    public boolean keepsBreakdowns(String indicator) {
        Indicator ind = indicators.get(indicator);
        return ind != null && ind.keepsBreakdowns();
    }

    /** Whether a scope part names a programme (浙商回归) of scopes.tsv. */
    public boolean isProgramme(String scopePart) {
        return programmes.contains(scopePart);
    }

    /** Loads every word list attribution reads from {@code d}, taking indicators, scope words and unit prefixes from {@code catalogs}. */
    public Vocabulary(Dictionaries d, Catalogs catalogs) {
        this.units = new UnitTable(d, catalogs.unitPrefixes());
        this.figureRules = new FigureRules(d);
        this.indicators = new IndicatorLexicon(d, catalogs.indicators());
        this.measures = new MeasureCues(d);
        Map<String, Stage> st = new HashMap<>();
        for (StageCatalog.StageWord w : catalogs.stages().words()) {
            st.put(w.word(), new Stage(w.stage(), w.indicator()));
        }
        this.stages = new WordMatcher<>(st);
        Map<String, TargetCue> tc = new HashMap<>();
        for (Dictionaries.Table.Row row : d.table("target-cues.tsv", "cue", "scope", "unless_followed_by").rows()) {
            String u = row.get("unless_followed_by");
            String scope = row.get("scope");
            if (!List.of("clause", "phrase", "sentence", "paragraph").contains(scope)) {
                throw row.error("scope must be clause, phrase, sentence or paragraph");
            }
            tc.put(row.get("cue"), new TargetCue(!"clause".equals(scope), u.isBlank() ? List.of() : List.of(u.split("\\|")),
                    "paragraph".equals(scope), "phrase".equals(scope)));
        }
        this.targets = new WordMatcher<>(tc);
        Map<String, ScopeWord> sc = new HashMap<>();
        for (ScopeCatalog.Scope scope : catalogs.scopes().all()) {
            sc.put(scope.word(), new ScopeWord(scope.category(), scope.domain(), scope.scopeAs()));
        }
        this.scopes = new WordMatcher<>(sc);
        sc.forEach((word, w) -> {
            if ("program".equals(w.category())) {
                programmes.add(w.scopeAs());
            }
        });
        Map<String, String> inv = new HashMap<>();
        catalogs.investmentWords().words().forEach(w -> inv.put(w, w));
        this.investmentWords = new WordMatcher<>(inv);
        Map<String, String> carry = new HashMap<>();
        d.words("carry-words.tsv").forEach(w -> carry.put(w, w));
        this.carryWords = new WordMatcher<>(carry);
        this.clauseWords = new ClauseWords(d);
        List<String> endings = new java.util.ArrayList<>();
        for (Dictionaries.Table.Row row : d.table("entities.tsv", "kind", "word").rows()) {
            if ("project_suffix".equals(row.get("kind"))) {
                endings.add(row.get("word"));
            }
        }
        this.projectEndings = List.copyOf(endings);
    }
}
