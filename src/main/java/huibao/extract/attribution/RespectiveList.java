package huibao.extract.attribution;

import huibao.extract.lexicon.ClauseWords;
import huibao.extract.lexicon.IndicatorLexicon;
import huibao.extract.lexicon.Vocabulary;
import huibao.extract.lexicon.WordMatcher;
import huibao.extract.number.Figure;
import huibao.model.Measure;
import huibao.text.ChineseNumerals;
import huibao.text.Clauses;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ties the figures of a 分别 list to the names listed before it, one by one:
 * {@code ****区、**区、**市较少，分别为6个、6个、3个} gives each count the district it belongs to,
 * in its scope. Lists whose names and figures do not pair up are left as they are.
 */
final class RespectiveList {

    private static final Pattern HAN_ONLY = Pattern.compile("[\\p{IsHan}]+");
    /** How long a part's name may be. */
    private static final int MAX_PART = 8;
    private final ClauseWords words;
    private final IndicatorLexicon indicators;
    private final WordMatcher<Vocabulary.ScopeWord> scopes;
    private final ListedPlaces places;
    /** The word that counts a list's items right after its last one (三大主导产业, 4个园区, 两类): clause-words.tsv set_counter. */
    private final Pattern setCount;

    RespectiveList(ClauseWords words, IndicatorLexicon indicators,
                   WordMatcher<Vocabulary.ScopeWord> scopes) {
        this.words = words;
        this.places = new ListedPlaces(words);
        this.setCount = Pattern.compile("[0-9" + ChineseNumerals.COUNT_OPENERS + "]+" + words.group("set_counter"));
        this.indicators = indicators;
        this.scopes = scopes;
    }

    /** The attributions of one sentence, with the names of each 分别 list added to the scope of its figures. */
    List<Attribution> apply(String s, int base, List<Attribution> attributions, Topic topic) {
        if (!words.anyIn("respective", s)) {
            return attributions;
        }
        List<Attribution> out = new ArrayList<>(attributions);
        int i = 0;
        while (i < out.size()) {
            int j = i + 1;
            while (j < out.size() && chained(s, base, out.get(j - 1).figure(), out.get(j).figure())) {
                j++;
            }
            int headAt = out.get(i).figure().start() - base;
            int cue = lastCue(s, headAt);
            if (cue >= 0 && j - i >= 2 && !isLevel(out.get(i).measure()) && !s.substring(cue, headAt).contains("、")
                    && !pairWithTerms(s, base, out, i, j, cue)) {
                pairWithLevels(s, out, i, j, cue, base);
            }
            if (cue >= 0 && j - i >= 2 && isLevel(out.get(i).measure()) && !pairLevelsWithTerms(s, out, i, j, cue)) {
                pairWithSharedHead(s, out, i, j, cue);
            }
            if (cue >= 0 && j - i >= 2) {
                List<String> names = namesBefore(s, cue);
                if (names.size() != j - i) {
                    names = sectorSet(s, cue, j - i);
                }
                if (names.size() != j - i) {
                    names = listedParts(s, cue);
                    if (names.size() == j - i) {
                        setIndicator(s, base, out, i, j, cue);
                    }
                }
                if (names.size() == j - i) {
                    boolean shares = !names.isEmpty() && distribution(out.subList(i, j));
                    for (int k = i; k < j; k++) {
                        Attribution a = out.get(k);
                        List<String> scope = new ArrayList<>(a.scope());
                        // 农业、工业分别…: an item's name is no scope of the items after it; 工业 read from 城东工业园区
                        // is a word of an item's name, no scope of its own
                        List<String> listed = names;
                        scope.removeIf(part -> listed.stream().anyMatch(n -> n.contains(part)));
                        scope.add(names.get(k - i));
                        out.set(k, new Attribution(a.figure(), a.indicator(), shares ? Measure.SHARE : a.measure(),
                                a.sign(), ScopeParts.of(scope), a.versus(), a.project()));
                    }
                }
            }
            i = j;
        }
        return out;
    }

    /**
     * 新落地项目87个，计划总投资318.4亿元，同比分别增长17.6%和21.3%: the rates of a 分别 list pair,
     * one by one, with the levels stated before it.
     */
    private void pairWithLevels(String s, List<Attribution> out, int from, int to, int cue, int base) {
        List<Attribution> levels = new ArrayList<>();
        for (Attribution a : out.subList(0, from)) {
            if (isLevel(a.measure()) && a.figure().start() - base < cue) {
                levels.add(a);
            }
        }
        int k = to - from;
        if (levels.size() < k) {
            return;
        }
        List<Attribution> paired = wholeAndParts(s, levels, k, base, cue);
        if (paired == null) {
            paired = levels.subList(levels.size() - k, levels.size());
        }
        for (int n = 0; n < k; n++) {
            Attribution a = out.get(from + n);
            Attribution level = paired.get(n);
            out.set(from + n, new Attribution(a.figure(), level.indicator(), a.measure(), a.sign(), level.scope(),
                    a.versus(), a.project()));
        }
    }

    /**
     * 项目43个，总投资226亿元，到位资金36亿元，其中5亿元以上项目14个、10亿元以上项目8个，分别完成目标的…: when the
     * levels after the last 其中 before the list are all of one kind and one fewer than its rates, and the last
     * levels would mix kinds, the rates pair with the whole those parts split (the last level of their kind
     * before the 其中) and the parts; else null.
     */
    private List<Attribution> wholeAndParts(String s, List<Attribution> levels, int k, int base, int cue) {
        int opener = words.lastBefore("breakdown", s, cue);
        if (opener < 0) {
            return null;
        }
        List<Attribution> last = levels.subList(levels.size() - k, levels.size());
        if (last.stream().map(a -> a.figure().unitKind()).distinct().count() < 2) {
            return null;
        }
        List<Attribution> parts = levels.stream().filter(a -> a.figure().start() - base > opener).toList();
        if (parts.size() != k - 1 || parts.stream().map(a -> a.figure().unitKind()).distinct().count() != 1) {
            return null;
        }
        var kind = parts.get(0).figure().unitKind();
        Attribution whole = null;
        for (Attribution a : levels) {
            if (a.figure().start() - base < opener && a.figure().unitKind() == kind) {
                whole = a;
            }
        }
        if (whole == null) {
            return null;
        }
        List<Attribution> paired = new ArrayList<>();
        paired.add(whole);
        paired.addAll(parts);
        return paired;
    }

    /**
     * 新设企业数、合同外资和实际使用外资分别增长9.1%、23.5%和14.8%: the rates of a 分别 list pair, one by
     * one, with the indicators its own clause lists before the 分别; false when the clause does not list as many.
     */
    private boolean pairWithTerms(String s, int base, List<Attribution> out, int from, int to, int cue) {
        List<String> withFirms = idsWithNewFirmCount(s, cue, to - from);
        if (withFirms != null) {
            withIndicators(out, from, withFirms);
            return true;
        }
        List<WordMatcher.Match<List<IndicatorLexicon.Sense>>> listed = listedTerms(s, cue);
        if (listed != null && listed.isEmpty()) {
            listed = listedInClauseBefore(s, base, out, cue); // 合同外资、实际使用外资两项指标均增长，分别增长…
        }
        if (listed == null || listed.size() != to - from) {
            return pairWithNamedRates(s, out, from, to, cue); // 入园率、达产率和投产率: a rate no word names stands between
        }
        List<String> ids = listed.stream().map(m -> m.value().get(0).indicator().id()).toList();
        if (ids.stream().distinct().count() < 2) {
            return false;
        }
        withIndicators(out, from, ids);
        return true;
    }

    /**
     * 新设外资企业、合同外资、实际使用外资分别为23家、4.6亿美元、2.1亿美元: the levels of a 分别 list pair, one
     * by one, with the indicators its own clause lists before the 分别, each in the sense its figure's unit fits
     * (a count takes no money indicator); false when the clause does not list as many, or a figure fits no
     * sense of its item, for then the items are not what the figures state.
     */
    private boolean pairLevelsWithTerms(String s, List<Attribution> out, int from, int to, int cue) {
        List<String> withFirms = idsWithNewFirmCount(s, cue, to - from);
        if (withFirms != null && out.get(from + withFirms.indexOf(foreignCount())).figure().isCount()) {
            withIndicators(out, from, withFirms);
            return true;
        }
        List<WordMatcher.Match<List<IndicatorLexicon.Sense>>> listed = listedTerms(s, cue);
        if (listed == null || listed.size() != to - from) {
            return false;
        }
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < listed.size(); n++) {
            Figure f = out.get(from + n).figure();
            String id = listed.get(n).value().stream().map(IndicatorLexicon.Sense::indicator)
                    .filter(ind -> IndicatorLexicon.fitsLevel(ind, f.unit())).map(huibao.catalog.Indicator::id)
                    .findFirst().orElse(null);
            if (id == null) {
                return false;
            }
            ids.add(id);
        }
        if (ids.stream().distinct().count() < ids.size()) {
            return false;
        }
        withIndicators(out, from, ids);
        return true;
    }

    /**
     * 新设企业、合同外资、实际使用外资分别增长…: in a list whose other items all name foreign capital, the one item
     * that names no indicator but counts new firms (clause-words.tsv: new_firm_count) counts new foreign-funded
     * firms, as POLICY.md has 新设外商投资企业; null when the clause lists no such item among {@code size}.
     */
    private List<String> idsWithNewFirmCount(String s, int cue, int size) {
        String[] items = Clauses.listItems(s.substring(Clauses.clauseStart(s, cue), cue));
        if (items.length != size || size < 2) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        int unnamed = 0;
        for (String item : items) {
            WordMatcher.Match<List<IndicatorLexicon.Sense>> last = null;
            for (WordMatcher.Match<List<IndicatorLexicon.Sense>> m : indicators.find(item)) {
                if (last == null || endsItemLater(m, last)) {
                    last = m;
                }
            }
            if (last == null) {
                if (!words.anyIn("new_firm_count", item)) {
                    return null;
                }
                ids.add(foreignCount());
                unnamed++;
                continue;
            }
            huibao.catalog.Indicator named = last.value().get(0).indicator();
            if (!huibao.catalog.Indicator.FOREIGN.equals(named.domain())) {
                return null; // 新设企业 beside domestic figures counts firms of every kind
            }
            ids.add(named.id());
        }
        return unnamed == 1 && ids.stream().distinct().count() == size ? ids : null;
    }

    private String foreignCount() {
        return indicators.byRole(huibao.catalog.Role.FOREIGN_COUNT).id();
    }

    /**
     * The indicator words the clause of the cue lists before it, the longer where two overlap; null when two
     * of them are not joined as items of one list are (a word between them names something else).
     */
    private List<WordMatcher.Match<List<IndicatorLexicon.Sense>>> listedTerms(String s, int cue) {
        int start = Clauses.clauseStart(s, cue);
        List<WordMatcher.Match<List<IndicatorLexicon.Sense>>> listed = new ArrayList<>();
        for (WordMatcher.Match<List<IndicatorLexicon.Sense>> m : indicators.find(s.substring(start, cue))) {
            if (!listed.isEmpty() && m.start() < listed.get(listed.size() - 1).end()) {
                if (endsItemLater(m, listed.get(listed.size() - 1))) {
                    listed.set(listed.size() - 1, m);
                }
                continue; // 外资 inside 实际使用外资: the longer word names it
            }
            if (!listed.isEmpty() && !listSeparated(s, start, listed.get(listed.size() - 1), m)) {
                return null;
            }
            listed.add(m);
        }
        return listed;
    }

    /**
     * 新批外资项目数、合同外资、实际使用外资三项指标全面增长，分别增长…: when the 分别 clause names no indicator, the
     * list of indicator words that ends the comma clause just before it, a word not joined to the next one
     * (利用外资的新批项目数) standing outside the list; null when that clause holds a figure of its own or
     * lists fewer than two words.
     */
    private List<WordMatcher.Match<List<IndicatorLexicon.Sense>>> listedInClauseBefore(String s, int base,
                                                                                     List<Attribution> out, int cue) {
        int start = Clauses.clauseStart(s, cue);
        if (start == 0 || Clauses.COMMAS.indexOf(s.charAt(start - 1)) < 0) {
            return null;
        }
        int before = Clauses.clauseStart(s, start - 1);
        for (Attribution a : out) {
            int at = a.figure().start() - base;
            if (at >= before && at < start) {
                return null;
            }
        }
        List<WordMatcher.Match<List<IndicatorLexicon.Sense>>> run = new ArrayList<>();
        for (WordMatcher.Match<List<IndicatorLexicon.Sense>> m : indicators.find(s.substring(before, start - 1))) {
            WordMatcher.Match<List<IndicatorLexicon.Sense>> last = run.isEmpty() ? null : run.get(run.size() - 1);
            if (last != null && m.start() < last.end()) {
                if (endsItemLater(m, last)) {
                    run.set(run.size() - 1, m);
                }
                continue;
            }
            if (last != null && !listSeparated(s, before, last, m)) {
                run.clear();
            }
            run.add(m);
        }
        return run.size() >= 2 ? run : null;
    }

    /**
     * 入园率、达产率和投产率分别为71%、38%和52%: when the clause lists as many named rates as the list has
     * percents, each takes the indicator its own name gives, and `other` when its name gives none; false
     * when the items are no rates or do not pair up.
     */
    private boolean pairWithNamedRates(String s, List<Attribution> out, int from, int to, int cue) {
        String[] items = Clauses.listItems(s.substring(Clauses.clauseStart(s, cue), cue));
        if (items.length != to - from || items.length < 2) {
            return false;
        }
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < items.length; n++) {
            String item = items[n].strip();
            if (!out.get(from + n).figure().isPercent() || words.words("rate_name_end").stream().noneMatch(item::endsWith)) {
                return false;
            }
            String id = huibao.model.Fact.OTHER;
            int end = -1;
            for (WordMatcher.Match<List<IndicatorLexicon.Sense>> m : indicators.find(item)) {
                if (m.end() > end || m.end() == end && m.length() > 0) {
                    end = m.end();
                    id = m.value().get(0).indicator().id(); // the word nearest the rate's end names it
                }
            }
            ids.add(id);
        }
        if (ids.stream().distinct().count() < 2) {
            return false;
        }
        withIndicators(out, from, ids);
        return true;
    }

    /**
     * 新签约、新开工项目分别为9个、6个: a list of stage words sharing the noun its last item ends in
     * (clause-words.tsv: shared_head) pairs its counts one by one with each item read with that noun, when
     * the items name different indicators.
     */
    private void pairWithSharedHead(String s, List<Attribution> out, int from, int to, int cue) {
        String[] items = Clauses.listItems(s.substring(Clauses.clauseStart(s, cue), cue));
        if (items.length != to - from) {
            return;
        }
        String last = items[items.length - 1].strip();
        String head = words.words("shared_head").stream().filter(last::endsWith).findFirst().orElse(null);
        if (head == null) {
            return;
        }
        List<String> ids = new ArrayList<>();
        for (String item : items) {
            String named = item.strip().endsWith(head) ? item.strip() : item.strip() + head;
            String id = null;
            for (WordMatcher.Match<List<IndicatorLexicon.Sense>> m : indicators.find(named)) {
                if (m.end() == named.length()) {
                    id = m.value().get(0).indicator().id(); // the whole item with its noun is one indicator's term
                }
            }
            if (id == null) {
                return;
            }
            ids.add(id);
        }
        if (ids.stream().distinct().count() < ids.size()) {
            return;
        }
        withIndicators(out, from, ids);
    }

    /** Gives the attributions from {@code from} on the indicators {@code ids}, one by one. */
    private static void withIndicators(List<Attribution> out, int from, List<String> ids) {
        for (int n = 0; n < ids.size(); n++) {
            Attribution a = out.get(from + n);
            out.set(from + n, new Attribution(a.figure(), ids.get(n), a.measure(), a.sign(), a.scope(), a.versus(), a.project()));
        }
    }

    /**
     * Of two overlapping words, whether {@code m} names the item rather than {@code last}: it runs further to the
     * item's end (实际到位外资: 到位外资, not 实际到位), or, ending with it, is longer (实际使用外资, not 外资).
     */
    private static boolean endsItemLater(WordMatcher.Match<?> m, WordMatcher.Match<?> last) {
        return m.end() > last.end() || m.end() == last.end() && m.length() > last.length();
    }

    /** Whether two listed words stand next to each other in a list (、, 和, 及 with at most a word such as 数 between). */
    private static boolean listSeparated(String s, int offset, WordMatcher.Match<?> a, WordMatcher.Match<?> b) {
        String between = s.substring(offset + a.end(), offset + b.start());
        return between.length() <= 3 && (between.contains("、") || between.contains("和") || between.contains("及"));
    }

    private static boolean isLevel(huibao.model.Measure m) {
        return m == huibao.model.Measure.VALUE || m == huibao.model.Measure.TARGET;
    }

    /** Whether two figures follow each other in one list: one mark (、，和及) between them, spaces aside (19.9%和 19.6%). */
    private static boolean chained(String s, int base, Figure a, Figure b) {
        String gap = s.substring(a.end() - base, b.start() - base).strip();
        return gap.length() == 1 && "、，和及".contains(gap);
    }

    /** Where the 分别 that opens the clause of the figure at {@code at} stands, or -1. */
    private int lastCue(String s, int at) {
        int found = words.lastBefore("respective", s, at);
        return found >= Clauses.clauseStart(s, at) ? found : -1;
    }

    /**
     * 到位资金在三次产业分布为2.8%、67.7%和29.5%: a word naming a set of sectors together (clause-words.tsv:
     * sector_set) in the clause of the cue gives the list's figures its members (sector_set_member) one by one,
     * when there are as many figures as members; else none.
     */
    private List<String> sectorSet(String s, int cue, int figures) {
        String clause = s.substring(Clauses.clauseStart(s, cue), cue);
        List<String> members = words.words("sector_set_member");
        if (members.size() != figures || words.words("sector_set").stream().noneMatch(clause::contains)) {
            return List.of();
        }
        return members;
    }

    /**
     * 装备制造、新能源、生物医药三大主导产业分别完成…: the short names a 分别 clause opens its list with, the last
     * cut before the word that counts them (三大, 3个); none when an item names an indicator, holds a digit, a
     * word of clause-words.tsv not_part_name (项目, 增幅) or is long, for then the items are no parts of one whole.
     */
    private List<String> listedParts(String s, int cue) {
        int from = Clauses.afterLast(s, Clauses.COMMAS + Clauses.SEMICOLONS + "：:", cue);
        String clause = s.substring(Math.max(from, 0), cue);
        Matcher counted = setCount.matcher(clause);
        if (counted.find()) {
            clause = clause.substring(0, counted.start());
        }
        String[] items = Clauses.listItems(clause);
        if (items.length < 2) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String item : items) {
            String name = scopeEnding(item.strip());
            if (name.isEmpty() || name.length() > MAX_PART || !HAN_ONLY.matcher(name).matches()
                    || !indicators.find(name).isEmpty() || words.words("not_part_name").stream().anyMatch(name::contains)) {
                return List.of();
            }
            names.add(name);
        }
        return names.stream().distinct().count() == names.size() ? names : List.of();
    }

    /**
     * 主导产业投资增势明显，甲、乙、丙三大主导产业分别完成31亿元、9亿元、2亿元: levels of parts that name no
     * indicator take the one named by the list's own verb (完成) read with the word an earlier clause of the
     * sentence puts right after the noun of the set the parts are counted as (主导产业投资), or by that word
     * alone, when every figure fits it.
     */
    private void setIndicator(String s, int base, List<Attribution> out, int from, int to, int cue) {
        for (Attribution a : out.subList(from, to)) {
            if (!huibao.model.Fact.OTHER.equals(a.indicator()) || a.measure() != Measure.VALUE) {
                return;
            }
        }
        int clauseStart = Clauses.afterLast(s, Clauses.COMMAS + Clauses.SEMICOLONS + "：:", cue);
        if (clauseStart <= 0) {
            return;
        }
        Matcher counted = setCount.matcher(s.substring(clauseStart, cue));
        if (!counted.find()) {
            return;
        }
        String noun = s.substring(clauseStart + counted.end(), cue).strip();
        int named = s.lastIndexOf(noun, clauseStart - noun.length());
        if (noun.length() < 2 || named < 0) {
            return;
        }
        String word = s.substring(named + noun.length(), Clauses.clauseEnd(s, named));
        String cueWord = words.words("respective").stream().filter(w -> s.startsWith(w, cue)).findFirst().orElse("");
        String verb = s.substring(cue + cueWord.length(), out.get(from).figure().start() - base);
        for (String phrase : List.of(verb + word, word)) {
            for (WordMatcher.Match<List<IndicatorLexicon.Sense>> m : indicators.find(phrase)) {
                if (m.start() != 0) {
                    continue;
                }
                for (IndicatorLexicon.Sense sense : m.value()) {
                    if (out.subList(from, to).stream().allMatch(a -> IndicatorLexicon.fitsLevel(sense.indicator(), a.figure().unit()))) {
                        withIndicators(out, from, java.util.Collections.nCopies(to - from, sense.indicator().id()));
                        return;
                    }
                }
            }
        }
    }

    /**
     * 全县农业: the item without the report's own region opening it (clause-words.tsv: part_subject), or the scope
     * word (scopes.tsv) it ends in; else the item as is.
     */
    private String scopeEnding(String item) {
        for (String self : words.words("part_subject")) {
            if (item.startsWith(self) && item.length() > self.length()) {
                return item.substring(self.length()); // 全县种植业: the list's subject opens its first item
            }
        }
        List<WordMatcher.Match<Vocabulary.ScopeWord>> found = scopes.findLongest(item);
        if (!found.isEmpty()) {
            WordMatcher.Match<Vocabulary.ScopeWord> last = found.get(found.size() - 1);
            if (last.end() == item.length()) {
                return item.substring(last.start());
            }
        }
        return item;
    }

    /** Whether the percents of a list are the parts of one whole: they add up to a hundred (2.7%、74%和23.3%). */
    private static boolean distribution(List<Attribution> items) {
        double sum = 0;
        for (Attribution a : items) {
            if (!a.figure().isPercent() || a.measure() != Measure.VALUE && a.measure() != Measure.SHARE) {
                return false;
            }
            if (a.figure().value() == null) {
                return false;
            }
            sum += a.figure().value().doubleValue();
        }
        return Math.abs(sum - 100) <= 1.0;
    }

    /** The names listed in the clause before the 分别 clause (****区、**区、**市较少). */
    private List<String> namesBefore(String s, int cue) {
        int clauseStart = Clauses.clauseStart(s, cue);
        List<String> leading = leadingNames(s.substring(clauseStart, cue));
        if (leading.size() >= 2) {
            return leading; // 泓水县、棠阜县1-6月实际使用外资分别为…: the names open the 分别 clause itself
        }
        int listEnd = clauseStart - 1;
        if (listEnd <= 0) {
            listEnd = cue;
            clauseStart = 0;
        }
        int listStart = Clauses.clauseStart(s, listEnd);
        String list = s.substring(listStart, listEnd);
        if (!list.contains("、") && !list.contains("和")) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String item : list.split("、|和(?=[^、]*$)")) {
            String name = places.opening(item.strip());
            if (name == null) {
                return List.of();
            }
            names.add(name);
        }
        return names;
    }

    /** The names a clause opens with, joined by 、 or 和 (泓水县、棠阜县1-6月…), or none. */
    private List<String> leadingNames(String clause) {
        List<String> names = new ArrayList<>();
        int at = 0;
        while (at < clause.length()) {
            String name = places.opening(clause.substring(at));
            if (name == null) {
                break;
            }
            names.add(name);
            at += name.length();
            if (at < clause.length() && (clause.charAt(at) == '、' || clause.charAt(at) == '和')) {
                at++;
            } else {
                break;
            }
        }
        return names;
    }
}
