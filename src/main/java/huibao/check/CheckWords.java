package huibao.check;

import huibao.catalog.Catalogs;
import huibao.catalog.Indicator;
import huibao.catalog.SelfWords;
import huibao.config.Dictionaries;
import huibao.dataset.DatasetRequest;
import huibao.model.ClauseMark;
import huibao.model.Region;
import huibao.model.Report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The vocabularies the checks read: defined ratios ({@code check-ratios.tsv}), how sectors nest
 * ({@code sectors.tsv}), table total labels ({@code check-words.tsv}), the region each whole-region
 * word speaks of ({@code report-self-words.tsv}) and the indicators the analyst compares
 * ({@code dataset-columns.tsv}). The words that stand between figures (interim, external, together,
 * 分别, 全市) are marked in each sentence by extraction and read here as {@link ClauseMark}s.
 */
final class CheckWords {

    /** A rate defined as one indicator over another. */
    record Ratio(String indicator, String numerator, String denominator) {
    }

    /** A whole-region word (全市) and the name ending of the region it speaks of. */
    record WholeWord(String word, String suffix, huibao.model.RegionLevel level) {
    }

    final List<Ratio> ratios = new ArrayList<>();
    final Map<String, String> sectorParent = new HashMap<>();
    final List<String> tableTotals = new ArrayList<>();
    /** Words of a task or target in a share's clause (占年度任务的): the share is a completion. */
    final List<String> tasks = new ArrayList<>();
    /** Words of a part of the region's things (列入, 重点, 开发区): a figure of them is not the report's of all. */
    final List<String> subsets = new ArrayList<>();
    /** Words of a stock held (目前拥有外资企业): a figure of them is not the period's new ones. */
    final List<String> stocks = new ArrayList<>();
    /** Words of a class of capital (内资, 外资, 省外): two figures whose sentences name different ones are two things. */
    final List<String> classes = new ArrayList<>();
    /** Rates a report names (资金到位率, 开工率): one figure over another, which may exceed 100%. */
    final List<String> namedRates = new ArrayList<>();
    /** Words that call a percent a share outright (占, 比重): without one, a percent read as a share may be a rate misread. */
    final List<String> shareWords = new ArrayList<>();
    /** Words after which a share names its whole, up to 的 (占全区到位资金的). */
    final List<String> wholeOpeners = new ArrayList<>();
    /** Words that begin with a whole opener but name no whole (占比达). */
    final List<String> notWholeOpeners = new ArrayList<>();
    /** Rates of a part's increase over the whole's (贡献率, 拉动): not a share of a level, not bounded by 100%. */
    final List<String> contributions = new ArrayList<>();
    /** Verbs that start a new clause inside a 、 list (在甲、乙签约丙等): the list is not one of names. */
    final List<String> listVerbs = new ArrayList<>();
    /** Words by which a rate is how far a level passes its target (超过目标任务…的19%). */
    final List<String> excess = new ArrayList<>();
    /** Words of the time schedule a completion is measured against (序时进度): a gap after a rate is to it. */
    final List<String> schedule = new ArrayList<>();
    /** Words by which a completion lags its schedule (低于序时进度): the schedule is the rate plus the gap. */
    final List<String> behind = new ArrayList<>();
    /** Words by which a completion is ahead of its schedule (高于, 超): the schedule is the rate minus the gap. */
    final List<String> ahead = new ArrayList<>();
    /** Counters of classes (三类, 两种): a total said to fall into so many classes. */
    final List<String> classCounters = new ArrayList<>();
    /** Words of an average over the things counted before it (平均每个项目, 户均): a total over a count. */
    final List<String> average = new ArrayList<>();
    /** Words by which a level is the one another is compared with (比2005年的170万元翻了三番). */
    final List<String> versus = new ArrayList<>();
    /** Words that open the earlier of two levels a change runs between (由2.66亿元增加到4.56亿元). */
    final List<String> fromWords = new ArrayList<>();
    /** Words that open the later of two levels a change runs between (增加到, 降至). */
    final List<String> toWords = new ArrayList<>();
    /** Words a growth's own clause opens with (增长比例达): the growth is of the thing the clause before names. */
    final List<String> growthWords = new ArrayList<>();
    /** Words of a growth per year over several (年均增长): no growth between the first level and the last. */
    final List<String> yearlyAverage = new ArrayList<>();
    /** Units of a growth written as a multiple (倍, units.tsv kind multiple). */
    final java.util.Set<String> multipleUnits = new java.util.HashSet<>();
    final List<WholeWord> wholeWords = new ArrayList<>();
    final Map<String, String> labels = new HashMap<>();
    final java.util.Set<String> compared = new java.util.HashSet<>();

    CheckWords(Dictionaries d, Catalogs catalogs) {
        for (DatasetRequest.Wanted w : DatasetRequest.defaults(d).columns()) {
            compared.add(w.indicator());
        }
        for (Indicator ind : catalogs.indicators().all()) {
            labels.put(ind.id(), ind.label());
        }
        for (Dictionaries.Table.Row r : d.table("check-ratios.tsv", "indicator", "numerator", "denominator").rows()) {
            ratios.add(new Ratio(r.get("indicator"), r.get("numerator"), r.get("denominator")));
        }
        for (Dictionaries.Table.Row r : d.table("sectors.tsv", "sector", "parent").rows()) {
            sectorParent.put(r.get("sector"), r.get("parent"));
        }
        for (Dictionaries.Table.Row r : d.table("units.tsv", "unit", "kind").rows()) {
            if ("multiple".equals(r.get("kind"))) {
                multipleUnits.add(r.get("unit"));
            }
        }
        for (Dictionaries.Table.Row r : d.table("check-words.tsv", "kind", "word").rows()) {
            switch (r.get("kind")) {
                case "interim", "external", "together", "total_word", "period_word" -> { } // extraction reads these words
                case "table_total" -> tableTotals.add(r.get("word"));
                case "task" -> tasks.add(r.get("word"));
                case "subset" -> subsets.add(r.get("word"));
                case "stock" -> stocks.add(r.get("word"));
                case "class" -> classes.add(r.get("word"));
                case "named_rate" -> namedRates.add(r.get("word"));
                case "list_verb" -> listVerbs.add(r.get("word"));
                case "share_word" -> shareWords.add(r.get("word"));
                case "whole_opener" -> wholeOpeners.add(r.get("word"));
                case "not_whole_opener" -> notWholeOpeners.add(r.get("word"));
                case "contribution" -> contributions.add(r.get("word"));
                case "excess" -> excess.add(r.get("word"));
                case "class_counter" -> classCounters.add(r.get("word"));
                case "schedule" -> schedule.add(r.get("word"));
                case "behind" -> behind.add(r.get("word"));
                case "ahead" -> ahead.add(r.get("word"));
                case "average" -> average.add(r.get("word"));
                case "versus" -> versus.add(r.get("word"));
                case "from_word" -> fromWords.add(r.get("word"));
                case "to_word" -> toWords.add(r.get("word"));
                case "growth_word" -> growthWords.add(r.get("word"));
                case "yearly_average" -> yearlyAverage.add(r.get("word"));
                default -> throw r.error("unknown kind '" + r.get("kind")
                        + "' (expected interim, external, together, table_total, task, subset, stock, class, named_rate, share_word, whole_opener, not_whole_opener, contribution, list_verb, excess, class_counter, schedule, behind, ahead, average, versus, from_word, to_word, growth_word, yearly_average, total_word or period_word)");
            }
        }
        for (SelfWords.SelfWord w : catalogs.selfWords().all()) {
            if (w.wholeRegion()) {
                wholeWords.add(new WholeWord(w.word(), w.suffix(), w.level()));
            }
        }
    }

    /**
     * Whether {@code f} is a level whose own clause names a task (上报到位资金36亿元（任务数34亿元）):
     * a target read as a level, never the whole or the part of a share.
     */
    boolean namesTask(huibao.model.Fact f) {
        String lead = f.clause() == null ? "" : f.clause().lead();
        return f.measure() == huibao.model.Measure.VALUE && tasks.stream().anyMatch(lead::contains);
    }

    /** Whether the clause of {@code f} names a contribution rate (贡献率达54.7%): the share of an increase, not of a level. */
    boolean namesContribution(huibao.model.Fact f) {
        String lead = f.clause() == null ? "" : f.clause().lead();
        return contributions.stream().anyMatch(lead::contains);
    }

    /** The indicator's heading (实际使用外资), or its id. */
    String label(String indicator) {
        return indicator.equals(huibao.model.Fact.OTHER) ? "其他指标" : labels.getOrDefault(indicator, indicator);
    }

    /** Whether {@code a} lies inside {@code b} or is {@code b} (制造业 in 工业). */
    boolean sectorWithin(String a, String b) {
        for (String s = a; s != null && !s.isEmpty(); s = sectorParent.get(s)) {
            if (s.equals(b)) {
                return true;
            }
        }
        return false;
    }

    boolean isSector(String word) {
        return sectorParent.containsKey(word);
    }

    /** Whether {@code marks} (of the words between two figures) name a whole region (占全市…的) or a whole beyond any (全国). */
    boolean namesWhole(List<ClauseMark> marks) {
        return ClauseMark.anyOf(marks, ClauseMark.Kind.EXTERNAL, ClauseMark.Kind.WHOLE_REGION);
    }

    /**
     * Whether the whole-region word among {@code marks} (占全市…的) speaks of {@code report}'s own
     * region: 全市 in a city's report, 全区 in a district's; true when no such word is there.
     * Empty when the word is one of another region, above or beside the report's.
     */
    Boolean wholeIsOwn(List<ClauseMark> marks, Report report) {
        if (ClauseMark.anyOf(marks, ClauseMark.Kind.EXTERNAL)) {
            return false;
        }
        String name = report.region() != null ? report.region().name() : report.regionMention();
        for (WholeWord w : wholeWords) {
            if (marks.stream().anyMatch(m -> m.kind() == ClauseMark.Kind.WHOLE_REGION && m.word().equals(w.word()))) {
                if (name != null) {
                    return name.endsWith(w.suffix()) || w.suffix().equals("区") && name.endsWith("开发区");
                }
                if (report.level() != null) {
                    return report.level() == w.level(); // 全市 in a report that speaks of itself as 全市
                }
                return null; // a report that names no region: cannot tell
            }
        }
        return true;
    }
}
