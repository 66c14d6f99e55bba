package huibao.extract.entity;

import huibao.model.Entity;

import java.util.List;

/**
 * Partners named by the verb they share: 与A、B、C联合成立…, 区政府与A正式签订…, 与A合作共建…
 * make A, B and C organisations (the verbs are the partner_verb cues of
 * {@code entities-cues.tsv}). Government bodies (…局, …管委会) and places are no partners here.
 */
final class OrganisationPartners {

    private static final int MAX_LIST = 60;

    private final EntityVocabulary vocabulary;
    private final EntityNamer namer;
    private final EntityDistinctness distinct;

    OrganisationPartners(EntityVocabulary vocabulary, EntityNamer namer, EntityDistinctness distinct) {
        this.vocabulary = vocabulary;
        this.namer = namer;
        this.distinct = distinct;
    }

    /** Adds the partners of {@code s} to {@code out}. */
    void find(String s, List<EntityCandidate> out) {
        for (int i = s.indexOf('与'); i >= 0; i = s.indexOf('与', i + 1)) {
            int verb = verbAfter(s, i + 1);
            if (verb < 0) {
                continue;
            }
            int start = i + 1;
            for (int j = i + 1; j <= verb; j++) {
                if (j == verb || s.charAt(j) == '、') {
                    add(s, start, j, out);
                    start = j + 1;
                }
            }
        }
    }

    /** Where the partner verb after the list that starts at {@code from} begins, or -1. */
    private int verbAfter(String s, int from) {
        for (int j = from + 2; j < Math.min(s.length(), from + MAX_LIST); j++) {
            char c = s.charAt(j - 1);
            if (c != '、' && EntityNamer.STOPS.indexOf(c) >= 0 && c != ' ' || c == '等') {
                return -1;
            }
            if (vocabulary.cueStartingAt(EntityVocabulary.Cue.PARTNER_VERB, s, j) != null) {
                return j;
            }
        }
        return -1;
    }

    private void add(String s, int start, int end, List<EntityCandidate> out) {
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        if (end - start < 2 || end - start > 30) {
            return;
        }
        String name = s.substring(start, end);
        if (vocabulary.govEndings.endingAt(name, name.length()) != null
                || distinct.isPlace(name) || !distinct.looksLikeOrganisation(name)
                || namer.start(s, start, end, end, NamingRule.ORGANIZATION, false) != start) {
            return;
        }
        out.add(new EntityCandidate(Entity.Kind.ORGANIZATION, start, end, EntityCandidate.Source.PARTNER));
    }
}
