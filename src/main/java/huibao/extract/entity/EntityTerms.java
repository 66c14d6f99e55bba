package huibao.extract.entity;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * HanLP's word segmentation of the short stretches that may hold a name, with the word classes
 * the name rules ask about: which words are verbs that govern what follows (认真分析, 引进了),
 * which are function words to strip (adverbs, numerals, prepositions), and which could be the
 * distinctive part of a name (nouns, names, Latin letters). Run only on candidate names, never on
 * a whole report, so that extraction stays a dictionary pass. Safe to share between threads.
 */
final class EntityTerms {

    /**
     * One word of a segmented stretch.
     *
     * @param word   the word
     * @param start  offset of its first character in the stretch
     * @param nature HanLP's part of speech (n, nr, v, vn, d, m …)
     */
    record Word(String word, int start, String nature) {
        int end() {
            return start + word.length();
        }
    }

    private static final Pattern MASK = Pattern.compile("[Xx×*＊]+");
    /** Stars and crosses are masks wherever they stand; letters X may stand for a firm's name (XX科技). */
    private static final Pattern STAR_MASK = Pattern.compile("[×*＊]+");
    private static final Pattern BRAND = Pattern.compile(".*(\\d[°A-Za-z]|[A-Za-z]{2}).*");

    /** The stretches of one report repeat across reports (新签约, 重点): segmentations are kept. */
    private static final int CACHE_SIZE = 50_000;

    private final Segment segment = HanLP.newSegment();
    private final Map<String, List<Word>> cache = new ConcurrentHashMap<>();

    /** The words of {@code text} with their offsets. */
    List<Word> segment(String text) {
        List<Word> known = cache.get(text);
        if (known != null) {
            return known;
        }
        if (cache.size() > CACHE_SIZE) {
            cache.clear();
        }
        List<Word> words = List.copyOf(segmentAnew(text));
        cache.put(text, words);
        return words;
    }

    private List<Word> segmentAnew(String text) {
        List<Word> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        int at = 0;
        for (Term t : segment.seg(text)) {
            out.add(new Word(t.word, at, t.nature == null ? "x" : t.nature.toString()));
            at += t.word.length();
        }
        return out;
    }

    /** A verb that governs what follows it: a two-character verb, 是 or 有. */
    static boolean isVerb(Word w) {
        String n = w.nature();
        if (n.equals("vshi") || n.equals("vyou")) {
            return true;
        }
        return w.word().length() >= 2 && (n.equals("v") || n.equals("vi") || n.equals("vd") || n.equals("vf")
                || n.equals("vx") || n.equals("vl"));
    }

    /** An adverb (认真, 切实, 全面), which makes the verb after it a predicate. */
    static boolean isAdverb(Word w) {
        return w.nature().equals("d") || w.nature().equals("ad");
    }

    /** A verbal noun or noun (建设 of 混凝土建设项目), which belongs to the name that ends after it. */
    static boolean isNounLike(Word w) {
        return w.nature().equals("vn") || w.nature().startsWith("n");
    }

    /**
     * A word that cannot open a name: punctuation, prepositions, conjunctions, particles,
     * adverbs, pronouns, numerals, measure words, time words, interjections, star masks. Direction
     * words stay: 中 opens 中车, 中恒, 中电投.
     */
    static boolean isFunction(Word w) {
        String n = w.nature();
        return n.startsWith("w") || n.startsWith("p") || n.startsWith("c") || n.startsWith("u") || n.startsWith("r")
                || n.startsWith("m") || n.startsWith("q") || n.startsWith("t") || n.startsWith("y") || n.startsWith("e")
                || n.startsWith("o") || n.equals("d") || n.equals("ad") || n.equals("vshi") || n.equals("vyou")
                || STAR_MASK.matcher(w.word()).matches() || w.word().isBlank();
    }

    /**
     * A word that can be the distinctive part of a name: a noun, name, abbreviation or Latin
     * brand of two or more characters; place names only when {@code placesCount} (山东大学).
     */
    static boolean isContent(Word w, boolean placesCount) {
        String n = w.nature();
        String word = w.word();
        if (MASK.matcher(word).matches()) {
            return false;
        }
        if (BRAND.matcher(word).matches() || word.contains("°")) {
            return true;
        }
        if (word.length() < 2) {
            return false;
        }
        if (n.startsWith("ns") || n.equals("f")) {
            return placesCount; // 山东大学, 东南大学: for an institution a place or a direction is its own word
        }
        return n.startsWith("n") || n.startsWith("j") || n.startsWith("g") || n.equals("x") || n.equals("i")
                || n.equals("nx");
    }

    /**
     * Whether the one-character adverb at {@code i} opens a name HanLP does not know rather than
     * modifying what follows: 正/d 泰/b of 正泰集团, where another single character follows.
     */
    static boolean opensUnknownName(List<Word> words, int i) {
        Word w = words.get(i);
        if (w.word().length() != 1 || !w.nature().equals("d") || i + 1 >= words.size()) {
            return false;
        }
        Word next = words.get(i + 1);
        String n = next.nature();
        return next.word().length() == 1 && (n.equals("b") || n.startsWith("ng") || n.startsWith("nr")
                || n.startsWith("nz") || n.equals("ag") || n.equals("j") || n.equals("x"));
    }

    /** Punctuation, a numeral, a particle, preposition, conjunction or pronoun. */
    static boolean isPunctuationOrNumber(Word w) {
        String n = w.nature();
        return n.startsWith("w") || n.startsWith("m") || n.startsWith("u") || n.startsWith("p")
                || n.startsWith("c") || n.startsWith("r") || MASK.matcher(w.word()).matches();
    }

    /** A name or abbreviation HanLP knows (nr, nz, nt, j, x), or a word missing from its core dictionary. */
    static boolean isProperOrUnknown(Word w) {
        String n = w.nature();
        if (n.startsWith("ns") || MASK.matcher(w.word()).matches() || isPunctuationOrNumber(w)) {
            return false;
        }
        return n.startsWith("nr") || n.startsWith("nz") || n.startsWith("nt") || n.startsWith("nx") || n.equals("x")
                || n.equals("j") || !com.hankcs.hanlp.dictionary.CoreDictionary.contains(w.word());
    }

    /** A common word of the dictionary (水利, 物流, 科创), no name, abbreviation or unknown word. */
    static boolean isCommonWord(Word w) {
        String n = w.nature();
        return !(n.startsWith("nr") || n.startsWith("nz") || n.startsWith("nt") || n.startsWith("ns") || n.startsWith("nx")
                || n.equals("x") || n.equals("j")) && com.hankcs.hanlp.dictionary.CoreDictionary.contains(w.word());
    }

    /** A Latin or numbered brand: LNG, 5G, 3D, 361°. */
    static boolean isBrand(String word) {
        return !MASK.matcher(word).matches() && (BRAND.matcher(word).matches() || word.contains("°"));
    }
}
