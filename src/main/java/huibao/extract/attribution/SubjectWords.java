package huibao.extract.attribution;

import huibao.extract.lexicon.MeasureCues;
import huibao.extract.lexicon.Vocabulary;
import huibao.extract.lexicon.WordMatcher;
import huibao.extract.number.Figure;
import huibao.text.ChineseNumerals;
import huibao.text.HanChars;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Whether the words before a figure start a new subject: what is left of them once size classes,
 * investment, scope, carry-over, measure and target words, places and selections are set aside.
 */
final class SubjectWords {

    /** Place names, masked or not, that a 分别 list or a breakdown puts before its figures (****市, 山东省). */
    private static final java.util.regex.Pattern PLACE =
            java.util.regex.Pattern.compile("[\\p{IsHan}*Xx×]{0,5}?[省市区县镇乡]|[*Xx×]+");


    private final Vocabulary v;
    /** A selection that only says which regions are listed (排名前三位的, 列后3位): clause-words.tsv rank_verb. */
    private final java.util.regex.Pattern rankSelection;

    SubjectWords(Vocabulary vocabulary) {
        this.v = vocabulary;
        this.rankSelection = java.util.regex.Pattern.compile(vocabulary.clauseWords.group("rank_verb") + "?[前后]["
                + ChineseNumerals.DIGITS + "十0-9]+位的?");
    }

    /** Whether the words before a figure hold nothing that starts a new subject. */
    boolean thin(FigureContext c) {
        String left = c.left();
        boolean[] covered = new boolean[left.length()];
        int offset = c.base() + c.at() - left.length();
        for (Figure t : c.thresholdsBefore()) {
            cover(covered, t.start() - offset, t.end() - offset);
        }
        for (WordMatcher.Match<String> m : v.investmentWords.findAll(left)) {
            cover(covered, m.start(), m.end());
        }
        for (WordMatcher.Match<Vocabulary.ScopeWord> m : v.scopes.findAll(left)) {
            cover(covered, m.start(), m.end());
        }
        for (WordMatcher.Match<String> m : v.carryWords.findAll(left)) {
            cover(covered, m.start(), m.end());
        }
        for (WordMatcher.Match<List<MeasureCues.Cue>> m : v.measures.findBefore(left)) {
            cover(covered, m.start(), m.end()); // 增长9.3%: the cue says how, not of what
        }
        for (WordMatcher.Match<Vocabulary.TargetCue> m : v.targets.findAll(left)) {
            cover(covered, m.start(), m.end());
        }
        for (huibao.extract.place.PlaceMention p : c.places()) {
            cover(covered, p.span().start() - offset, p.span().end() - offset); // 伊犁哈萨克自治州785.85亿元
        }
        Matcher place = PLACE.matcher(left);
        while (place.find()) {
            cover(covered, place.start(), place.end());
        }
        Matcher selection = rankSelection.matcher(left);
        while (selection.find()) {
            cover(covered, selection.start(), selection.end());
        }
        int han = 0;
        for (int i = 0; i < left.length(); i++) {
            if (!covered[i] && HanChars.isHan(left.charAt(i))) {
                han++;
            }
        }
        return han <= 1;
    }

    private static void cover(boolean[] covered, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(covered.length, to); i++) {
            covered[i] = true;
        }
    }
}
