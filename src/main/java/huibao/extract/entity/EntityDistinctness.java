package huibao.extract.entity;

import huibao.extract.lexicon.WordMatcher;
import huibao.extract.place.PlaceMention;
import huibao.extract.place.RegionResolver;

import java.util.List;

/**
 * Tells a name from a generic phrase. What stands before a name's ending must hold a word of its
 * own: 金雷风电, 海洋城, 储能电池, LNG, 361°. Stage words (签约, 开工), scope words (制造业, 外资),
 * the generic words of {@code entities-generic.tsv} (重点, 一批, 科技型), numerals, masks, verbs
 * and, for projects, place names do not count, so 推动项目, 新签约项目, 三类500强项目 and
 * 合肥市项目 are no names. Immutable.
 */
final class EntityDistinctness {

    /** A full or masked place name ends in one of these; short ones (安徽, 济南) HanLP knows. */
    private static final String DIVISIONS = "省市区县镇乡村旗州盟";

    private static final java.util.regex.Pattern BRAND =
            java.util.regex.Pattern.compile("[0-9][°A-Za-z]|(?<![A-Za-z])(?![Xx]{2})[A-Za-z]{2,}");

    private final EntityVocabulary vocabulary;
    private final EntityTerms terms;
    private final RegionResolver regions;

    EntityDistinctness(EntityVocabulary vocabulary, EntityTerms terms, RegionResolver regions) {
        this.vocabulary = vocabulary;
        this.terms = terms;
        this.regions = regions;
    }

    /** Whether {@code core}, a name without its ending, holds a word of its own under {@code rule}. */
    boolean isDistinctive(String core, NamingRule rule) {
        String text = core.strip();
        if (text.isEmpty() || vocabulary.isGenericWord(text)) {
            return false;
        }
        if (BRAND.matcher(text).find()) {
            return true; // 361°, LNG, 5G: a brand of digits and letters is a word of its own
        }
        boolean placesCount = rule == NamingRule.ORGANIZATION;
        boolean[] generic = genericMask(text, placesCount);
        int run = 0;
        List<EntityTerms.Word> words = terms.segment(text);
        if (rule != NamingRule.ORGANIZATION && words.size() == 1 && EntityTerms.isCommonWord(words.get(0))) {
            return false; // 水利、能源等重大项目, 科技项目, 精品项目: sectors and kinds, not names
        }
        markGenericEndings(words, generic);
        EntityTerms.Word previous = null;
        for (int i = 0; i < words.size(); i++) {
            EntityTerms.Word w = words.get(i);
            int open = uncovered(generic, w);
            EntityTerms.Word before = previous;
            previous = w;
            boolean function = EntityTerms.isFunction(w) && !EntityTerms.opensUnknownName(words, i);
            if (open == 0 || function || vocabulary.isGenericWord(w.word())) {
                run = 0;
                previous = null;
                continue;
            }
            if (rule == NamingRule.LISTED) {
                return true;
            }
            if (w.word().length() == 1) {
                if (++run >= 2) {
                    return true; // 亨/通, 鹏/辉: a name HanLP does not know comes apart into characters
                }
                if (w.nature().startsWith("n") && before != null && before.word().length() >= 2
                        && !before.nature().equals("v")) {
                    return true; // 创新/药: a one-character noun makes a compound with the word before
                }
                continue;
            }
            run = 0;
            if (EntityTerms.isContent(w, placesCount) && (open >= 2 || EntityTerms.isBrand(w.word()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text} reads like a proper name rather than common words: a brand (LNG, 361°),
     * a word HanLP knows as a name or abbreviation (nr, nz, nt, j) or does not have in its core
     * dictionary (海乾, 洗车), or a run of single characters HanLP could not join (柳/汽, 优/必/选).
     * 水利, 能源发展 and 东北腹地 are common words.
     */
    boolean looksLikeName(String text) {
        if (BRAND.matcher(text).find()) {
            return true;
        }
        boolean[] generic = genericMask(text, true);
        int run = 0;
        boolean afterPlace = false;
        for (EntityTerms.Word w : terms.segment(text)) {
            if (uncovered(generic, w) == 0 || vocabulary.isGenericWord(w.word())) {
                run = 0;
                afterPlace = false;
                continue;
            }
            if (afterPlace && w.word().length() >= 2 && EntityTerms.isContent(w, false)) {
                return true; // 宁德/时代, 青岛/啤酒: a place and a word of its own make a firm's name
            }
            afterPlace = w.nature().startsWith("ns") && w.word().length() >= 2;
            if (w.word().length() == 1) {
                run = EntityTerms.isPunctuationOrNumber(w) ? 0 : run + 1;
                if (run >= 2) {
                    return true;
                }
                continue;
            }
            run = 0;
            if (EntityTerms.isProperOrUnknown(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text} reads like an organisation's name: it ends like one (…集团, 省建行, 金山
     * 矿业) with a word of its own before the ending, or it reads like a proper name.
     */
    boolean looksLikeOrganisation(String text) {
        String firm = vocabulary.cueEndingAt(EntityVocabulary.Cue.FIRM_ENDING, text, text.length());
        if (firm != null && firm.length() < text.length() && isDistinctive(text.substring(0, text.length() - firm.length()),
                NamingRule.ORGANIZATION)) {
            return true;
        }
        WordMatcher.Match<EntityVocabulary.Ending> e = vocabulary.endingAt(text, 0, text.length());
        if (e != null && isDistinctive(text.substring(0, e.start()), NamingRule.ORGANIZATION)) {
            return true;
        }
        return looksLikeName(text);
    }

    /**
     * Whether {@code text} is made of generic words and function words only (重点, 高质量, 优质),
     * not merely short of a word of its own.
     */
    boolean isGenericOnly(String text) {
        boolean[] generic = genericMask(text, false);
        for (EntityTerms.Word w : terms.segment(text)) {
            int open = uncovered(generic, w);
            boolean own = open >= 2 || open > 0 && open == w.word().length();
            if (own && !EntityTerms.isFunction(w) && !vocabulary.isGenericWord(w.word())) {
                return false;
            }
        }
        return true;
    }

    private boolean[] genericMask(String text, boolean placesCount) {
        boolean[] generic = new boolean[text.length()];
        for (WordMatcher.Match<String> m : vocabulary.generic.findAll(text)) {
            if (m.length() < 2) {
                continue; // 大 of 恒大, 新 of 新材料: one character is generic only as a whole word
            }
            for (int i = m.start(); i < m.end(); i++) {
                generic[i] = true;
            }
        }
        if (!placesCount && mayHoldPlace(text)) {
            for (PlaceMention p : regions.findPlaces(text)) {
                for (int i = p.span().start(); i < p.span().end(); i++) {
                    generic[i] = true;
                }
            }
        }
        return generic;
    }

    /** 清单/式, 科技型: a word that a generic ending (式, 型, 类) follows or ends is generic. */
    private void markGenericEndings(List<EntityTerms.Word> words, boolean[] generic) {
        for (int i = 0; i < words.size(); i++) {
            EntityTerms.Word w = words.get(i);
            boolean ends = vocabulary.isGenericWord(w.word());
            boolean followed = i + 1 < words.size() && vocabulary.genericEndings.contains(words.get(i + 1).word());
            if (ends || followed) {
                for (int k = w.start(); k < (followed ? words.get(i + 1).end() : w.end()); k++) {
                    generic[k] = true;
                }
            }
        }
    }

    /** How many characters of {@code w} no generic word covers. */
    private static int uncovered(boolean[] generic, EntityTerms.Word w) {
        int n = 0;
        for (int i = w.start(); i < w.end(); i++) {
            if (!generic[i]) {
                n++;
            }
        }
        return n;
    }

    private static boolean mayHoldPlace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (DIVISIONS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} is nothing but a place name, in any form (合肥, 济南高新区, **区). */
    boolean isPlace(String text) {
        List<PlaceMention> places = regions.findPlaces(text);
        return places.size() == 1 && places.get(0).span().start() == 0 && places.get(0).span().end() == text.length();
    }

    /**
     * The length of the full or masked place name {@code text} opens with (鹭汀区, **区), or 0; short
     * forms (安徽, 云南) stay, since firms carry them in their names.
     */
    int fullPlaceAt(String text) {
        if (!mayHoldPlace(text)) {
            return 0;
        }
        List<PlaceMention> places = regions.findPlaces(text);
        if (places.isEmpty()) {
            return 0;
        }
        PlaceMention first = places.get(0);
        boolean full = first.form() == PlaceMention.Form.FULL_NAME || first.form() == PlaceMention.Form.MASKED;
        return first.span().start() == 0 && full ? first.span().end() : 0;
    }
}
