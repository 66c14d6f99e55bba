package huibao.extract.entity;

import huibao.extract.lexicon.WordMatcher;
import huibao.model.Entity;
import huibao.text.ChineseNumerals;
import huibao.text.Clauses;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items of lists whose head names them: 国轩二期、鹏辉三期等一批重大项目 (projects),
 * A、B、C三个项目 (projects, counted), 金雷风电、鲁银新材料等骨干企业 and A、B等10家企业
 * (organisations). A head is 等 or a count, then up to eight characters, then a noun of
 * {@code entities-cues.tsv}; a head that speaks of industries (等主导产业项目) makes its items no
 * names at all. The first item starts after the verb before it (推动了国轩二期); an item that
 * holds a verb with words before it starts the list (集中资源推动亨通集团…项目 → 亨通集团…项目).
 */
final class EntityLists {

    private static final String ITEM_STOPS = Clauses.CLAUSE_ENDS + "《》（(【";
    /** An amount in front of an item (计划投资7亿元的…) is no verb that opens the list. */
    private static final Pattern AMOUNT = Pattern.compile("[0-9Xx×*＊亿万]");
    private static final int MAX_MODIFIER = 8;

    private final EntityVocabulary vocabulary;
    private final EntityNamer namer;
    private final EntityTerms terms;
    private final EntityDistinctness distinct;

    /** The count of a list head (A、B等10家企业, 三个项目): entities-cues.tsv list_counter. */
    private final Pattern headCount;
    /** A count inside a list item, which makes it no name (…推进12个项目): entities-cues.tsv item_counter. */
    private final Pattern itemCount;

    EntityLists(EntityVocabulary vocabulary, EntityNamer namer, EntityTerms terms, EntityDistinctness distinct) {
        this.vocabulary = vocabulary;
        this.headCount = Pattern.compile("^(?:[0-9]+|[" + ChineseNumerals.COUNT_CHARS + "]+)[余多]?"
                + vocabulary.cues.get(EntityVocabulary.Cue.LIST_COUNTER).group());
        this.itemCount = Pattern.compile("[0-9]+[余多]?" + vocabulary.cues.get(EntityVocabulary.Cue.ITEM_COUNTER).group());
        this.namer = namer;
        this.terms = terms;
        this.distinct = distinct;
    }

    private record Head(int start, Entity.Kind kind, boolean counted, boolean industries) {
    }

    /** Adds the list items of {@code s} to {@code out}. */
    void find(String s, List<EntityCandidate> out) {
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean numeral = Character.isDigit(c) || ChineseNumerals.COUNT_CHARS.indexOf(c) >= 0;
            char before = s.charAt(i - 1);
            if (c != '等' && !(numeral && !Character.isDigit(before) && ChineseNumerals.COUNT_CHARS.indexOf(before) < 0)) {
                continue; // a count is read from its first digit
            }
            Head head = head(s, i);
            if (head != null) {
                items(s, head, out);
            }
        }
    }

    /** The head that starts at {@code i}: 等 or a count right after an item, then the noun. */
    private Head head(String s, int i) {
        boolean deng = s.charAt(i) == '等';
        if (deng && s.charAt(i - 1) == '等' || EntityNamer.STOPS.indexOf(s.charAt(i - 1)) >= 0
                || deng && partOfWord(s, i)) {
            return null;
        }
        int j = deng ? i + 1 : i;
        Matcher count = headCount.matcher(s.substring(j, Math.min(s.length(), j + 8)));
        boolean counted = count.find();
        if (!deng && !counted) {
            return null;
        }
        if (counted) {
            j += count.end();
        } else {
            String q = vocabulary.cueStartingAt(EntityVocabulary.Cue.LIST_QUANTITY, s, j);
            j += q == null ? 0 : q.length();
        }
        int project = -1;
        for (int k = j; k <= Math.min(s.length() - 1, j + MAX_MODIFIER); k++) {
            if (k > j && EntityNamer.STOPS.indexOf(s.charAt(k - 1)) >= 0 || s.charAt(k) == '等') {
                break;
            }
            boolean industry = vocabulary.cueStartingAt(EntityVocabulary.Cue.LIST_INDUSTRY, s, k) != null;
            boolean breaker = vocabulary.cueStartingAt(EntityVocabulary.Cue.LIST_BREAKER, s, k) != null;
            if ((industry || breaker) && project >= 0) {
                break; // 两个项目的前期工作: the head has ended
            }
            if (industry) {
                return new Head(i, Entity.Kind.PROJECT, !deng, true); // 海洋工程等主导产业
            }
            if (breaker) {
                return null; // 等7个部门有新项目落地: the count is of something else
            }
            if (vocabulary.cueStartingAt(EntityVocabulary.Cue.LIST_ORG, s, k) != null) {
                // 等工程机械龙头企业, 等企业新上项目: a firm noun in the head makes the items firms
                return new Head(i, Entity.Kind.ORGANIZATION, !deng, false);
            }
            if (project < 0 && vocabulary.cueStartingAt(EntityVocabulary.Cue.LIST_PROJECT, s, k) != null) {
                project = k;
            }
        }
        return project < 0 ? null : new Head(i, Entity.Kind.PROJECT, !deng, false);
    }

    /** 等 of 高等院校, 平等, 等级: part of a word, no list head. */
    private boolean partOfWord(String s, int i) {
        EntityWords words = vocabulary.cue(EntityVocabulary.Cue.NOT_LIST_HEAD);
        for (int from = Math.max(0, i - 2); from <= i; from++) {
            String w = words.startingAt(s, from);
            if (w != null && from + w.length() > i) {
                return true;
            }
        }
        return false;
    }

    private record Item(int start, int end) {
    }

    private void items(String s, Head head, List<EntityCandidate> out) {
        int listStart = head.start();
        while (listStart > 0 && ITEM_STOPS.indexOf(s.charAt(listStart - 1)) < 0 && s.charAt(listStart - 1) != '等') {
            listStart--; // an earlier 等 closes an earlier list (赴深圳、苏州等地拜访A、B等企业)
        }
        List<Item> items = split(s, listStart, head.start());
        if (items.isEmpty() || head.counted() && items.size() < 2 || !plausible(s, items)) {
            return;
        }
        for (int k = items.size() - 1; k >= 0; k--) {
            Item item = items.get(k);
            if (head.industries()) {
                out.add(new EntityCandidate(head.kind(), item.start(), item.end(), EntityCandidate.Source.NOT_A_NAME));
                continue;
            }
            if (vocabulary.govEndings.endingAt(s, item.end()) != null) {
                continue; // 市商务局、住房城乡建设局等部门
            }
            int coreEnd = coreEnd(s, item);
            int start = namer.start(s, item.start(), coreEnd, item.end(), NamingRule.LISTED, k == 0);
            String name = start < 0 ? "" : s.substring(start, item.end());
            if (start >= 0 && name.length() <= 40 && !itemCount.matcher(name).find() && namer.isWellFormed(name)
                    && (head.kind() == Entity.Kind.PROJECT || distinct.looksLikeOrganisation(name))) {
                out.add(new EntityCandidate(head.kind(), start, item.end(), EntityCandidate.Source.LIST));
            }
            if (start > item.start() && !AMOUNT.matcher(s.substring(item.start(), start)).find()) {
                return; // 集中资源推动亨通集团…项目: the verb opens the list, what stands before it is no item
            }
        }
    }

    /**
     * Splits the list at 、 and its last item at 及/和/与 where one side ends like a name
     * (茯苓科技产业园及康美药业), not inside one name (新能源汽车铝合金新材料和零部件制造).
     */
    private List<Item> split(String s, int from, int to) {
        List<Item> items = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || s.charAt(i) == '、') {
                addTrimmed(s, start, i, items);
                start = i + 1;
            }
        }
        if (!items.isEmpty()) {
            Item last = items.get(items.size() - 1);
            String text = s.substring(last.start(), last.end());
            int and = Math.max(text.lastIndexOf('及'), Math.max(text.lastIndexOf('和'), text.lastIndexOf('与')));
            Item right = new Item(last.start() + and + 1, last.end());
            if (and >= 2 && text.length() - and - 1 >= 2
                    && (endsInEnding(s, last.start() + and) || endsInEnding(s, last.end()))
                    && namer.isDistinctive(s.substring(right.start(), coreEnd(s, right)))) {
                items.remove(items.size() - 1);
                addTrimmed(s, last.start(), last.start() + and, items);
                addTrimmed(s, last.start() + and + 1, last.end(), items);
            }
        }
        return items;
    }

    private static void addTrimmed(String s, int start, int end, List<Item> items) {
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            items.add(new Item(start, end));
        }
    }

    /**
     * A list of names holds no 等 and is not mostly a list of activities: short items of common
     * words that end in a verb (线索筛选、项目推送、洽谈跟进等项目招引落地工作).
     */
    private boolean plausible(String s, List<Item> items) {
        int activities = 0;
        for (Item item : items) {
            String text = s.substring(item.start(), item.end());
            if (text.contains("等")) {
                return false;
            }
            if (text.length() <= 4 && isActivity(terms.segment(text))) {
                activities++;
            }
        }
        return activities * 2 <= items.size();
    }

    private static boolean isActivity(List<EntityTerms.Word> words) {
        if (words.isEmpty() || !words.get(words.size() - 1).nature().startsWith("v")) {
            return false;
        }
        for (EntityTerms.Word w : words) {
            String n = w.nature();
            if (n.startsWith("nr") || n.startsWith("nz") || n.startsWith("nt") || n.startsWith("nx") || n.equals("x")
                    || w.word().length() == 1) {
                return false; // a name HanLP does not know
            }
        }
        return true;
    }

    private boolean endsInEnding(String s, int end) {
        return vocabulary.endingAt(s, Math.max(0, end - 10), end) != null;
    }

    /** Where an item's own ending starts (项目 of 海洋城项目), or its end. */
    private int coreEnd(String s, Item item) {
        WordMatcher.Match<EntityVocabulary.Ending> m = vocabulary.endingAt(s, item.start(), item.end());
        return m == null ? item.end() : m.start();
    }
}
