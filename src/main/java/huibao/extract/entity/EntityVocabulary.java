package huibao.extract.entity;

import huibao.catalog.ScopeCatalog;
import huibao.catalog.StageCatalog;
import huibao.config.Dictionaries;
import huibao.extract.lexicon.Vocabulary;
import huibao.extract.lexicon.WordMatcher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists that find and delimit names, read from {@code entities.tsv} (endings,
 * boundaries), {@code entities-generic.tsv} (words that make no name), {@code entities-cues.tsv}
 * (list heads, partners, amounts, investors), {@code entities-stages.tsv}, and the stage and
 * scope words of {@code stages.tsv} and {@code scopes.tsv}. Immutable.
 */
final class EntityVocabulary {

    /** What an ending makes of the name before it. */
    enum Ending { PROJECT, PROJECT_BOUNDED, ORGANIZATION, ORGANIZATION_SHORT }

    /** The cue kinds of {@code entities-cues.tsv}. */
    enum Cue {
        LIST_PROJECT, LIST_ORG, LIST_QUANTITY, LIST_INDUSTRY, LIST_BREAKER, NOT_LIST_HEAD, PARTNER_VERB, AMOUNT_VERB,
        INVESTOR_BEFORE, INVESTOR_AFTER, ORG_CUE, FIRM_ENDING, LIST_COUNTER, ITEM_COUNTER, NAME_COUNTER, ENDING_COUNTER,
        FRONT_HEDGE, FRONT_UNIT, FRONT_HEDGE_AFTER, AMOUNT_HEDGE
    }

    final WordMatcher<Ending> endings;
    final WordMatcher<String> notEndings;
    final EntityWords govEndings;
    final WordMatcher<String> boundaries;
    final Set<String> conjunctions;
    final Set<String> nameVerbs;
    final EntityWords followers;
    final EntityWords describers;
    final Set<String> notNames;
    final WordMatcher<String> generic;
    final List<String> genericEndings;
    final Map<Cue, EntityWords> cues;
    final WordMatcher<Vocabulary.Stage> stages;
    final Map<String, String> stageLabels;

    EntityVocabulary(Dictionaries dictionaries, ScopeCatalog scopes, StageCatalog stages) {
        Map<String, Ending> end = new HashMap<>();
        Map<String, Map<String, String>> words = new HashMap<>();
        Set<String> not = new HashSet<>();
        Set<String> conj = new HashSet<>();
        Set<String> nameVerb = new HashSet<>();
        for (Dictionaries.Table.Row row : dictionaries.table("entities.tsv", "kind", "word").rows()) {
            String w = row.get("word");
            switch (row.get("kind")) {
                case "project_suffix" -> end.put(w, Ending.PROJECT);
                case "project_bounded" -> end.put(w, Ending.PROJECT_BOUNDED);
                case "org_suffix" -> end.put(w, Ending.ORGANIZATION);
                case "org_short" -> end.put(w, Ending.ORGANIZATION_SHORT);
                case "not_name" -> not.add(w);
                case "name_verb" -> nameVerb.add(w);
                case "conjunction" -> {
                    conj.add(w);
                    words.computeIfAbsent("boundary", k -> new HashMap<>()).put(w, w);
                }
                case "gov_ending", "not_ending", "boundary", "follower", "describer" ->
                        words.computeIfAbsent(row.get("kind"), k -> new HashMap<>()).put(w, w);
                default -> throw row.error("unknown kind " + row.get("kind"));
            }
        }
        this.endings = new WordMatcher<>(end);
        this.notEndings = matcher(words, "not_ending");
        this.govEndings = new EntityWords(words.getOrDefault("gov_ending", Map.of()).keySet());
        this.boundaries = matcher(words, "boundary");
        this.followers = new EntityWords(words.getOrDefault("follower", Map.of()).keySet());
        this.describers = new EntityWords(words.getOrDefault("describer", Map.of()).keySet());
        this.notNames = Set.copyOf(not);
        this.conjunctions = Set.copyOf(conj);
        this.nameVerbs = Set.copyOf(nameVerb);

        Map<String, String> gen = new HashMap<>();
        List<String> genEnd = new ArrayList<>();
        for (Dictionaries.Table.Row row : dictionaries.table("entities-generic.tsv", "word", "class").rows()) {
            switch (row.get("class")) {
                case "word" -> gen.put(row.get("word"), "word");
                case "ending" -> genEnd.add(row.get("word"));
                default -> throw row.error("unknown class " + row.get("class"));
            }
        }
        Map<String, Vocabulary.Stage> st = new HashMap<>();
        for (StageCatalog.StageWord w : stages.words()) {
            st.put(w.word(), new Vocabulary.Stage(w.stage(), w.indicator()));
            gen.put(w.word(), "stage");
        }
        for (ScopeCatalog.Scope scope : scopes.all()) {
            gen.put(scope.word(), "scope");
        }
        this.generic = new WordMatcher<>(gen);
        this.genericEndings = List.copyOf(genEnd);
        this.stages = new WordMatcher<>(st);

        this.cues = readCues(dictionaries);

        this.stageLabels = Map.copyOf(stages.labels());
    }

    /** The cue words of {@code entities-cues.tsv}, by kind; every kind has its (maybe empty) list. */
    private static Map<Cue, EntityWords> readCues(Dictionaries dictionaries) {
        Map<Cue, Map<String, String>> cue = new HashMap<>();
        for (Dictionaries.Table.Row row : dictionaries.table("entities-cues.tsv", "kind", "word").rows()) {
            Cue kind;
            try {
                kind = Cue.valueOf(row.get("kind").toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown kind " + row.get("kind"));
            }
            cue.computeIfAbsent(kind, k -> new HashMap<>()).put(row.get("word"), row.get("word"));
        }
        Map<Cue, EntityWords> cues = new HashMap<>();
        for (Cue c : Cue.values()) {
            cues.put(c, new EntityWords(cue.getOrDefault(c, Map.of()).keySet()));
        }
        return Map.copyOf(cues);
    }

    private static WordMatcher<String> matcher(Map<String, Map<String, String>> words, String kind) {
        return new WordMatcher<>(words.getOrDefault(kind, Map.of()));
    }

    EntityWords cue(Cue kind) {
        return cues.get(kind);
    }

    /** The longest cue word of {@code kind} that ends exactly at {@code end} of {@code s}, or {@code null}. */
    String cueEndingAt(Cue kind, String s, int end) {
        return cues.get(kind).endingAt(s, end);
    }

    /** The longest cue word of {@code kind} that starts exactly at {@code start} of {@code s}, or {@code null}. */
    String cueStartingAt(Cue kind, String s, int start) {
        return cues.get(kind).startingAt(s, start);
    }

    /**
     * The longest name ending (项目, 有限公司, 省建行 …) that ends exactly at {@code end} of
     * {@code s} and starts after {@code from}, or {@code null}.
     */
    WordMatcher.Match<Ending> endingAt(String s, int from, int end) {
        WordMatcher.Match<Ending> best = null;
        for (WordMatcher.Match<Ending> m : endings.findAll(s.substring(from, end))) {
            if (from + m.end() == end && m.start() > 0 && (best == null || m.start() < best.start())) {
                best = m;
            }
        }
        return best == null ? null : new WordMatcher.Match<>(from + best.start(), from + best.end(), best.word(), best.value());
    }

    /** Whether {@code word} is generic as a whole: listed, or ending in a generic ending. */
    boolean isGenericWord(String word) {
        for (WordMatcher.Match<String> m : generic.findAll(word)) {
            if (m.start() == 0 && m.end() == word.length()) {
                return true;
            }
        }
        for (String e : genericEndings) {
            if (word.endsWith(e) && word.length() > e.length()) {
                return true;
            }
        }
        return false;
    }
}
