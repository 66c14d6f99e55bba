package huibao.extract.place;

import huibao.config.Dictionaries;
import huibao.config.HuibaoConfig;
import huibao.model.Region;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * China's administrative divisions as reports name them: finds place names in a text, resolves a
 * name to a division (with a context region for the 29 county names that occur more than once,
 * and former names to their successors), and walks the hierarchy.
 *
 * <p>The divisions come from {@code dictionaries/regions.tsv} (columns code, name, level,
 * parent_code, short_names separated by '|', status active|stat_zone|abolished|changed,
 * successor_codes separated by '|'), generated from the MCA and NBS tables. An analyst adds
 * divisions, short forms or corrections without rebuilding by dropping a file named
 * {@code regions-<anything>.tsv} with the same columns into the dictionaries folder (or packaging
 * it under {@code dictionaries/}): all such files are read after regions.tsv in name order, and a
 * row with the same code, name and status as an earlier one replaces it. The cue words
 * ({@code region-cues.tsv}), ordinary words ({@code region-common-words.tsv}) and non-mentions
 * ({@code region-exclusions.tsv}) that decide whether a short form is a place are dictionaries too.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class RegionResolver {

    private final RegionDictionary dictionary;
    private final PlaceMatcher matcher;
    private final PlaceVocabulary vocabulary;
    private final RegionNameParts parts;
    private final ThreadLocal<ReportPlaces> lastReport = new ThreadLocal<>();

    private RegionResolver(RegionDictionary dictionary, PlaceMatcher matcher, PlaceVocabulary vocabulary,
                           RegionNameParts parts) {
        this.dictionary = dictionary;
        this.matcher = matcher;
        this.vocabulary = vocabulary;
        this.parts = parts;
    }

    /**
     * Loads regions.tsv, every packaged {@code regions-*.tsv} and the {@code regions-*.tsv} additions in
     * the override folder of {@code dictionaries}.
     */
    public static RegionResolver load(Dictionaries dictionaries) {
        return load(dictionaries, dictionaries.overrideDir());
    }

    /** Loads the divisions of the configuration's dictionaries, with the additions in its dictionaries folder. */
    public static RegionResolver load(HuibaoConfig config) {
        return load(config.dictionaries(), config.dictionariesDir());
    }

    /**
     * Loads regions.tsv and the {@code regions-*.tsv} additions, packaged or in {@code overrideDir}.
     *
     * @param overrideDir the folder {@code dictionaries} reads overrides from, or {@code null}
     */
    public static RegionResolver load(Dictionaries dictionaries, Path overrideDir) {
        List<String> tables = new ArrayList<>();
        tables.add(RegionTableNames.BASE);
        tables.addAll(RegionTableNames.additions(overrideDir));
        RegionDictionary dictionary = RegionDictionary.load(dictionaries, tables);
        PlaceVocabulary vocabulary = PlaceVocabulary.load(dictionaries);
        RegionNameParts parts = RegionNameParts.load(dictionaries);
        return new RegionResolver(dictionary, new PlaceMatcher(dictionary, vocabulary,
                new PlaceMaskFinder(parts, vocabulary)), vocabulary, parts);
    }

    /** Every place named in {@code text}, masked names included, in reading order. */
    public List<PlaceMention> findPlaces(String text) {
        return matcher.find(text, r -> false);
    }

    /**
     * Every place named in a report about {@code context}: short forms of the context region, of
     * the divisions above it and of its neighbours under the same parent count as places wherever
     * they stand (钢城 in 钢城供应链生态圈 in a report of 钢城区).
     */
    public List<PlaceMention> findPlaces(String text, Region context) {
        ReportPlaces last = lastReport.get();
        if (last != null && last.text() == text && Objects.equals(last.context(), context)) {
            return last.places();
        }
        List<PlaceMention> places = List.copyOf(context == null ? findPlaces(text) : matcher.find(text, related(context)));
        lastReport.set(new ReportPlaces(text, context, places));
        return places;
    }

    /**
     * The places of the report a thread asked about last: its facts and its entities both ask for
     * the places of the same text in the same region (1.8% and 0.8% of a warm ingest's samples).
     */
    private record ReportPlaces(String text, Region context, List<PlaceMention> places) {
    }

    /**
     * The division {@code name} stands for: a full or short, current or former name (莱芜市 →
     * 济南市). When several divisions bear it, the one nearest {@code context} wins: itself, then
     * the divisions directly above or below it, then those under the same parent, then those in the
     * same province (a 朝阳区 in a report of 北京市 is Beijing's). Empty when the name is unknown or
     * the context cannot settle it; a zone word alone (经开区, 高新区) stands only for the zone of the
     * context city or the context itself.
     */
    public Optional<Region> resolve(String name, Region context) {
        if (name == null) {
            return Optional.empty();
        }
        String form = name.strip().replaceAll("\\s+", "");
        RegionDictionary.Entry e = dictionary.entry(form);
        return e == null ? Optional.empty() : choose(form, e.candidates(), context);
    }

    /** The division a found mention stands for, settled by {@code context} as in {@link #resolve}. */
    public Optional<Region> resolve(PlaceMention mention, Region context) {
        return choose(mention.text(), mention.candidates(), context);
    }

    private Optional<Region> choose(String form, List<Region> candidates, Region context) {
        if (parts.isBareZoneWord(form)) {
            // 经开区 alone is every city's zone word: it names the zone of the city the text names, else none
            return context == null ? Optional.empty()
                    : candidates.stream().filter(c -> distance(c, context) <= 1).findFirst();
        }
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        if (candidates.isEmpty() || context == null) {
            return Optional.empty();
        }
        Region best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (Region c : candidates) {
            int d = distance(c, context);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        return tie || bestDistance > 3 ? Optional.empty() : Optional.of(best);
    }

    /** 0 itself, 1 directly above or below, 2 same parent or two steps apart, 3 same province, 4 else. */
    private int distance(Region a, Region b) {
        if (a.code().equals(b.code())) {
            return 0;
        }
        if (Objects.equals(a.parentCode(), b.code()) || Objects.equals(b.parentCode(), a.code())) {
            return 1;
        }
        Region pa = a.parentCode() == null ? null : dictionary.byCode(a.parentCode());
        Region pb = b.parentCode() == null ? null : dictionary.byCode(b.parentCode());
        if (Objects.equals(a.parentCode(), b.parentCode())
                || pa != null && Objects.equals(pa.parentCode(), b.code())
                || pb != null && Objects.equals(pb.parentCode(), a.code())) {
            return 2;
        }
        return a.provinceCode().equals(b.provinceCode()) ? 3 : 4;
    }

    private Predicate<Region> related(Region context) {
        return r -> distance(r, context) <= 2;
    }

    /** The current division with {@code code} (an MCA division or NBS zone), or {@code null}. */
    public Region byCode(String code) {
        return dictionary.byCode(code);
    }

    /** The current divisions directly under {@code code}, in code order. */
    public List<Region> children(String code) {
        return dictionary.children(code);
    }

    /** The division directly above {@code region}, empty for a province. */
    public Optional<Region> parent(Region region) {
        return region.parentCode() == null ? Optional.empty() : Optional.ofNullable(dictionary.byCode(region.parentCode()));
    }

    /** The current divisions of {@code level}, in code order. */
    public List<Region> regionsAt(huibao.model.RegionLevel level) {
        return dictionary.all().stream().filter(r -> r.level() == level).sorted(
                java.util.Comparator.comparing(Region::code)).toList();
    }

    /** The cue words read with the divisions, for readers that weigh how a place is spoken of. */
    public PlaceVocabulary vocabulary() {
        return vocabulary;
    }

    /** Number of current divisions loaded. */
    public int size() {
        return dictionary.size();
    }
}
