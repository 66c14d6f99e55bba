package huibao.project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges mentions into one group per real-world project. Mentions are taken fullest name first,
 * and each joins the one group it is compatible with; when none is, or more than one (海洋科技城
 * beside both 汀湾海洋科技城 and 北岸海洋科技城), it starts a group of its own. Compatible means:
 * <ul>
 *   <li>the names write the same project ({@link ProjectNames#writesSameAs});</li>
 *   <li>one region, or a city and one of its districts (a city report that does not say which
 *       district); a mention whose region is unknown joins only mentions of its own report;</li>
 *   <li>the same phase, a name without one standing for the first (一期 and 二期 stay apart);</li>
 *   <li>no two different investors (新能源汽车零部件项目 of two firms stays two projects).</li>
 * </ul>
 */
final class MentionClusters {

    /** Where the groups a province's report starts are kept; every mention meets them. */
    private static final String PROVINCE_WIDE = "province";

    private MentionClusters() {
    }

    /** The groups, each a project's mentions in the order they joined. */
    static List<List<NamedMention>> of(List<NamedMention> mentions) {
        List<NamedMention> order = new ArrayList<>(mentions);
        order.sort(Comparator.comparingInt((NamedMention m) -> -m.key().key().length())
                .thenComparing(m -> RegionCodes.county(m.region()) ? 0 : m.region() != null ? 1 : 2)
                .thenComparing(m -> m.investor() == null ? 1 : 0)
                .thenComparing(m -> m.mention().report())
                .thenComparingInt(m -> m.mention().span().start()));
        List<Group> groups = new ArrayList<>();
        Map<String, List<Group>> byArea = new HashMap<>();
        for (NamedMention m : order) {
            Group home = null;
            int compatible = 0;
            for (Group g : candidates(m, groups, byArea)) {
                if (g.admits(m)) {
                    home = g;
                    compatible++;
                }
            }
            if (compatible != 1) {
                home = new Group();
                groups.add(home);
                byArea.computeIfAbsent(area(m) == null ? PROVINCE_WIDE : area(m), k -> new ArrayList<>()).add(home);
            }
            home.add(m);
        }
        return groups.stream().map(g -> List.copyOf(g.members)).toList();
    }

    /** The groups {@code m} may join: those of its area and the province-wide ones, or all for a province's mention. */
    private static List<Group> candidates(NamedMention m, List<Group> groups, Map<String, List<Group>> byArea) {
        if (area(m) == null) {
            return groups;
        }
        List<Group> near = new ArrayList<>(byArea.getOrDefault(area(m), List.of()));
        near.addAll(byArea.getOrDefault(PROVINCE_WIDE, List.of()));
        return near;
    }

    /**
     * Where a mention's group may be found: its city's digits (a city report's mention meets its
     * districts' projects there), its own report when its region is unknown; {@code null} for a
     * province's report, whose mentions are compared with every group.
     */
    private static String area(NamedMention m) {
        if (m.region() == null) {
            return "?" + m.doc();
        }
        return m.region().endsWith("0000") ? null : m.region().substring(0, 4);
    }

    /** A project being assembled: its mentions and what they have told of it so far. */
    private static final class Group {
        final List<NamedMention> members = new ArrayList<>();
        final Set<String> keys = new LinkedHashSet<>();
        final Set<String> investors = new LinkedHashSet<>();
        final Set<Integer> phases = new HashSet<>();
        final Set<String> docs = new HashSet<>();
        String region;
        boolean regionKnown;

        void add(NamedMention m) {
            if (members.isEmpty()) {
                regionKnown = m.region() != null;
                region = m.region();
            } else if (m.region() != null && RegionCodes.inside(m.region(), region)) {
                region = m.region();
            }
            members.add(m);
            keys.add(m.key().key());
            phases.add(m.key().phase());
            docs.add(m.doc());
            if (m.investor() != null) {
                investors.add(m.investor());
            }
        }

        boolean admits(NamedMention m) {
            return sameRegion(m) && samePhase(m.key().phase()) && sameInvestor(m.investor()) && sameName(m.key().key());
        }

        private boolean sameRegion(NamedMention m) {
            if (m.region() == null || !regionKnown) {
                return m.region() == null && !regionKnown && docs.equals(Set.of(m.doc()));
            }
            return m.region().equals(region) || RegionCodes.inside(region, m.region())
                    || RegionCodes.inside(m.region(), region);
        }

        private boolean samePhase(int phase) {
            for (int p : phases) {
                if (p != phase && !(p == 0 && phase == 1) && !(p == 1 && phase == 0)) {
                    return false;
                }
            }
            return true;
        }

        private boolean sameInvestor(String investor) {
            return investor == null || investors.isEmpty()
                    || investors.stream().anyMatch(i -> ProjectNames.sameInvestor(i, investor));
        }

        private boolean sameName(String key) {
            return keys.stream().anyMatch(k -> ProjectNames.writesSameAs(k, key) || ProjectNames.writesSameAs(key, k));
        }
    }
}
