package huibao.extract.entity;

import huibao.extract.lexicon.WordMatcher;
import huibao.model.Entity;
import huibao.text.ChineseNumerals;
import huibao.text.Clauses;

import java.util.List;

/**
 * Names found by their ending: …项目, …产业园, …超级工厂 for projects; …有限公司, …集团, …研究院 for
 * organisations; 省建行, 省农科院 for the abbreviations of banks and institutes. The name is read
 * back from the ending by {@link EntityNamer}. Endings such as 工程, 基地 and 科技城 make a name only
 * where the name ends there (海洋科技城于5月开工, not 海洋工程装备) and not where a verb of building
 * describes what a project holds (主要建设海工装备配套件生产基地).
 */
final class EntityEndings {

    private final EntityVocabulary vocabulary;
    private final EntityNamer namer;
    /** A count right before an ending, which is then what is counted (等12个项目): entities-cues.tsv ending_counter. */
    private final java.util.regex.Pattern countBefore;

    EntityEndings(EntityVocabulary vocabulary, EntityNamer namer) {
        this.vocabulary = vocabulary;
        this.countBefore = java.util.regex.Pattern.compile("(?:[0-9]+|[" + ChineseNumerals.COUNT_CHARS + "]+)[余多]?"
                + vocabulary.cues.get(EntityVocabulary.Cue.ENDING_COUNTER).group() + "$");
        this.namer = namer;
    }

    /** The endings of names in {@code s}, found once per sentence for every rule that reads them. */
    List<WordMatcher.Match<EntityVocabulary.Ending>> in(String s) {
        return vocabulary.endings.findAll(s);
    }

    /** Adds the names of {@code s} that end in one of {@code all}, its endings ({@link #in}), to {@code out}. */
    void find(String s, List<WordMatcher.Match<EntityVocabulary.Ending>> all, List<EntityCandidate> out) {
        if (all.isEmpty()) {
            return;
        }
        List<WordMatcher.Match<String>> notEndings = vocabulary.notEndings.findAll(s);
        for (int i = 0; i < all.size(); i++) {
            WordMatcher.Match<EntityVocabulary.Ending> m = all.get(i);
            if (longerEndsHere(all, m) || insideNotEnding(notEndings, m) || continuesInto(all, m)) {
                continue;
            }
            EntityVocabulary.Ending ending = m.value();
            if (ending == EntityVocabulary.Ending.PROJECT_BOUNDED && !(endsHere(s, m.end()) && !described(s, m.start()))) {
                continue;
            }
            int from = EntityNamer.readBack(s, m.start());
            if (countBefore.matcher(s.substring(from, m.start())).find()) {
                continue; // 青檀文创园两个项目, 等12个项目: the ending is what is counted
            }
            int start = switch (ending) {
                case ORGANIZATION_SHORT -> {
                    int named = namer.start(s, from, m.start(), m.end(), NamingRule.ORGANIZATION, true);
                    yield named >= 0 ? named : shortStart(s, from, m.start());
                }
                case ORGANIZATION -> namer.start(s, from, m.start(), m.end(), NamingRule.ORGANIZATION, true);
                default -> namer.start(s, from, ownsEnding(m) ? m.end() : m.start(), m.end(), NamingRule.PROJECT, true);
            };
            if (start < 0) {
                continue;
            }
            String name = s.substring(start, m.end());
            boolean org = ending == EntityVocabulary.Ending.ORGANIZATION || ending == EntityVocabulary.Ending.ORGANIZATION_SHORT;
            if (name.length() <= m.length() && ending != EntityVocabulary.Ending.ORGANIZATION_SHORT
                    || vocabulary.notNames.contains(name) || name.contains("等") || name.length() > 40
                    || !namer.isWellFormed(name)) {
                continue;
            }
            out.add(new EntityCandidate(org ? Entity.Kind.ORGANIZATION : Entity.Kind.PROJECT, start, m.end(),
                    EntityCandidate.Source.ENDING));
        }
    }

    /** 海洋科技城: a bounded ending that is no generic noun (科技城, 广场) is part of what makes the name. */
    private boolean ownsEnding(WordMatcher.Match<EntityVocabulary.Ending> m) {
        return m.value() == EntityVocabulary.Ending.PROJECT_BOUNDED && !vocabulary.notNames.contains(m.word());
    }

    /** 公司 of 有限公司: only the longest ending that ends at a point counts. */
    private static boolean longerEndsHere(List<WordMatcher.Match<EntityVocabulary.Ending>> all,
                                          WordMatcher.Match<EntityVocabulary.Ending> m) {
        for (WordMatcher.Match<EntityVocabulary.Ending> o : all) {
            if (o.end() == m.end() && o.length() > m.length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideNotEnding(List<WordMatcher.Match<String>> notEndings,
                                           WordMatcher.Match<EntityVocabulary.Ending> m) {
        for (WordMatcher.Match<String> n : notEndings) {
            if (n.start() <= m.start() && m.end() <= n.end()) {
                return true;
            }
        }
        return false;
    }

    /** 集团 of 集团有限公司, 项目 of 项目（二期）, 产业园 of 产业园区: a longer ending follows right on. */
    private static boolean continuesInto(List<WordMatcher.Match<EntityVocabulary.Ending>> all,
                                         WordMatcher.Match<EntityVocabulary.Ending> m) {
        for (WordMatcher.Match<EntityVocabulary.Ending> o : all) {
            if (o.end() > m.end() && o.start() >= m.start() && o.start() <= m.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a bounded ending ends the name here: punctuation or a follower word comes next. */
    private boolean endsHere(String s, int end) {
        if (end >= s.length() || EntityNamer.STOPS.indexOf(s.charAt(end)) >= 0
                || Character.isDigit(s.charAt(end))) {
            return true;
        }
        return vocabulary.followers.startingAt(s, end) != null;
    }

    /** Whether a verb of building governs the clause the bounded ending stands in. */
    private boolean described(String s, int at) {
        int clause = at;
        while (clause > 0 && Clauses.CLAUSE_ENDS.indexOf(s.charAt(clause - 1)) < 0) {
            clause--;
        }
        return vocabulary.describers.occursIn(s.substring(clause, at));
    }

    /** 省建行, 市农科院: the abbreviation with the one character before it that says whose, or alone. */
    private static int shortStart(String s, int from, int endingStart) {
        return endingStart - from >= 1 && "省市县区".indexOf(s.charAt(endingStart - 1)) >= 0 ? endingStart - 1 : endingStart;
    }
}
