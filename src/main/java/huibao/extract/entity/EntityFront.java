package huibao.extract.entity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What stands in front of a name without being part of it: function words (的, 了, adverbs,
 * numerals), figures (投资XX亿元的…, 1.), masked places (**区中电投…) and, for a project, the full
 * name of the district it lies in (鹭汀区汀湾海洋科技城项目). A brand that opens with digits (361°,
 * 5G), an unknown name HanLP took apart (正/泰) and a quoted name (“东数西算”工程) stay. Immutable.
 */
final class EntityFront {

    private static final Pattern BRAND_START = Pattern.compile("^[0-9]+[°A-Za-z]");
    private static final Pattern MASKED_PLACE = Pattern.compile("^(?:[Xx×*＊]+|某)(?:省|市|区|县|镇|乡|村)");

    private final EntityDistinctness distinct;
    /**
     * A figure in front of a name (投资XX亿元的…, 约50家): entities-cues.tsv front_hedge before it, front_unit and
     * front_hedge_after after it.
     */
    private final Pattern figure;

    EntityFront(EntityVocabulary vocabulary, EntityDistinctness distinct) {
        this.distinct = distinct;
        this.figure = Pattern.compile("^" + vocabulary.cues.get(EntityVocabulary.Cue.FRONT_HEDGE).group()
                + "?(?:[0-9.．~～\\-—至%]|[Xx](?![A-Za-z])|[×*＊])+[多余]?[万亿千百]*"
                + vocabulary.cues.get(EntityVocabulary.Cue.FRONT_UNIT).group() + "?"
                + vocabulary.cues.get(EntityVocabulary.Cue.FRONT_HEDGE_AFTER).group() + "?");
    }

    /** Skips function words, figures and a masked or named place at the front of {@code w[at, core)}. */
    int strip(String w, List<EntityTerms.Word> words, int at, int core, NamingRule rule) {
        int pos = at;
        while (pos < core) {
            if (Character.isWhitespace(w.charAt(pos))) {
                pos++;
                continue;
            }
            String rest = w.substring(pos, core);
            Matcher place = MASKED_PLACE.matcher(rest);
            if (place.find()) {
                pos += place.end();
                continue;
            }
            if (BRAND_START.matcher(rest).find()) {
                break; // 361°产业集群项目, 5G高频…
            }
            Matcher figure = this.figure.matcher(rest);
            if (figure.find() && figure.end() > 0 && isFigure(figure.group())) {
                pos += figure.end();
                continue;
            }
            int xi = indexAt(words, pos);
            EntityTerms.Word x = xi < 0 ? null : words.get(xi);
            if (x != null && EntityTerms.opensUnknownName(words, xi)) {
                break; // 正泰集团
            }
            if (x != null && x.word().startsWith("“") && w.indexOf('”', pos) >= 0 && w.indexOf('”', pos) < core) {
                break; // “东数西算”工程 keeps its quotes
            }
            if (x != null && x.end() <= core && (EntityTerms.isFunction(x) || x.word().equals("的"))) {
                pos = x.end();
                continue;
            }
            if (rule == NamingRule.PROJECT) {
                int placeEnd = distinct.fullPlaceAt(rest);
                if (placeEnd > 0 && placeEnd < rest.length()) {
                    pos += placeEnd; // 鹭汀区汀湾海洋科技城项目: the district is where, not what
                    continue;
                }
            }
            break;
        }
        return Math.min(pos, core);
    }

    private static int indexAt(List<EntityTerms.Word> words, int pos) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).start() == pos) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a match of the figure pattern is one: it holds a digit, a star mask (****迈百瑞…), or letters X
     * with a unit (XX亿元); XX of XX科技有限公司 stands for a name.
     */
    private static boolean isFigure(String match) {
        for (int i = 0; i < match.length(); i++) {
            char c = match.charAt(i);
            if (Character.isDigit(c) || c == '*' || c == '＊' || c == '×') {
                return true;
            }
        }
        char last = match.charAt(match.length() - 1);
        return "万亿千百元个家项只户亩吨米".indexOf(last) >= 0;
    }

    /** Skips blanks, punctuation and star masks only. */
    static int skipMarks(String w, int at, int core) {
        int pos = at;
        while (pos < core && (Character.isWhitespace(w.charAt(pos)) || "*＊×“”\"".indexOf(w.charAt(pos)) >= 0
                && !(w.charAt(pos) == '“' && w.indexOf('”', pos) > pos && w.indexOf('”', pos) < core))) {
            pos++;
        }
        return pos;
    }
}
