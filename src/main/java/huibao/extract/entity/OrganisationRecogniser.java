package huibao.extract.entity;

import huibao.extract.lexicon.WordMatcher;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import huibao.model.Entity;

import huibao.text.Clauses;
import java.util.ArrayList;
import java.util.List;

/**
 * The fallback for firms without a legal ending: HanLP's organisation recognition (nature nt),
 * run only on a sentence where the rules found no organisation, that has an organisation cue of
 * {@code entities-cues.tsv} (签约, 落户, 拜访 …) and a firm's ending (矿业, 药业), and there only on
 * the clauses that hold a firm's or an institution's ending, where a guess can end. Its guess counts
 * only when, cleaned of the verbs in front (协调省建行 → 省建行), it ends like a firm or an
 * institution with a proper name before the ending (华菱药业, not 现代物流) and is no government
 * body. Safe to share between threads.
 */
final class OrganisationRecogniser {

    private static final int MIN_LENGTH = 4;

    private final EntityVocabulary vocabulary;
    private final EntityNamer namer;
    private final EntityDistinctness distinct;
    /** Person names play no part in the guess: recognising them would be a second Viterbi pass per sentence. */
    private final Segment segment = HanLP.newSegment().enableOrganizationRecognize(true).enableNameRecognize(false)
            .enableTranslatedNameRecognize(false);

    OrganisationRecogniser(EntityVocabulary vocabulary, EntityNamer namer, EntityDistinctness distinct) {
        this.vocabulary = vocabulary;
        this.namer = namer;
        this.distinct = distinct;
    }

    /**
     * HanLP's organisations of {@code s}, whose name endings are {@code endings}, when {@code found}
     * holds none and a cue is there.
     */
    List<EntityCandidate> find(String s, List<WordMatcher.Match<EntityVocabulary.Ending>> endings,
                               List<EntityCandidate> found) {
        List<EntityCandidate> out = new ArrayList<>();
        for (EntityCandidate c : found) {
            if (c.kind() == Entity.Kind.ORGANIZATION) {
                return out;
            }
        }
        if (!vocabulary.cue(EntityVocabulary.Cue.ORG_CUE).occursIn(s)) {
            return out;
        }
        List<WordMatcher.Match<String>> firms = vocabulary.cue(EntityVocabulary.Cue.FIRM_ENDING).findLongest(s);
        if (firms.isEmpty()) {
            return out; // only a firm's ending can make HanLP's guess count: no need to ask without one
        }
        // a guess ends in a firm's or an institution's ending: only the clauses holding one are read
        List<Integer> ends = new ArrayList<>();
        firms.forEach(m -> ends.add(m.end()));
        for (WordMatcher.Match<EntityVocabulary.Ending> m : endings) {
            if (m.value() == EntityVocabulary.Ending.ORGANIZATION || m.value() == EntityVocabulary.Ending.ORGANIZATION_SHORT) {
                ends.add(m.end());
            }
        }
        ends.sort(null);
        int from = -1;
        int to = -1;
        for (int end : ends) {
            int clause = clauseStart(s, end);
            if (clause <= to) {
                to = Math.max(to, clauseEnd(s, end));
                continue;
            }
            if (from >= 0) {
                recognise(s, from, to, out);
            }
            from = clause;
            to = clauseEnd(s, end);
        }
        recognise(s, from, to, out);
        return out;
    }

    /** HanLP's organisations within {@code s} from {@code from} to {@code to}, added to {@code out}. */
    private void recognise(String s, int from, int to, List<EntityCandidate> out) {
        int at = from;
        for (Term t : segment.seg(s.substring(from, to))) {
            int start = at;
            at += t.word.length();
            if (t.nature == null || !t.nature.toString().startsWith("nt") || t.word.length() < MIN_LENGTH) {
                continue;
            }
            int named = namer.start(s, start, at, at, NamingRule.ORGANIZATION, true);
            if (named < 0 || at - named < MIN_LENGTH) {
                continue;
            }
            String name = s.substring(named, at);
            if (vocabulary.govEndings.endingAt(name, name.length()) != null) {
                continue;
            }
            String firm = vocabulary.cueEndingAt(EntityVocabulary.Cue.FIRM_ENDING, name, name.length());
            int ownEnd = firm != null ? name.length() - firm.length() : institutionEnding(name);
            if (ownEnd > 0 && distinct.looksLikeName(name.substring(0, ownEnd))) {
                out.add(new EntityCandidate(Entity.Kind.ORGANIZATION, named, at, EntityCandidate.Source.RECOGNISED));
            }
        }
    }

    /** Where the clause holding the character before {@code end} starts. */
    private static int clauseStart(String s, int end) {
        int i = end - 1;
        while (i > 0 && Clauses.CLAUSE_ENDS.indexOf(s.charAt(i - 1)) < 0) {
            i--;
        }
        return Math.max(i, 0);
    }

    /** Where the clause holding the character before {@code end} ends, its mark included. */
    private static int clauseEnd(String s, int end) {
        int i = end;
        while (i < s.length() && Clauses.CLAUSE_ENDS.indexOf(s.charAt(i)) < 0) {
            i++;
        }
        return Math.min(i + 1, s.length());
    }

    /** Where an institution's ending (…集团, …研究院, …建行) starts in {@code name}, or -1. */
    private int institutionEnding(String name) {
        WordMatcher.Match<EntityVocabulary.Ending> e = vocabulary.endingAt(name, 0, name.length());
        boolean institution = e != null && (e.value() == EntityVocabulary.Ending.ORGANIZATION
                || e.value() == EntityVocabulary.Ending.ORGANIZATION_SHORT);
        return institution ? e.start() : -1;
    }
}
