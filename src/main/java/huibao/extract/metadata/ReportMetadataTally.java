package huibao.extract.metadata;

import huibao.model.Region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The weight each candidate reporter gathers while a report is read: weights from positions and
 * patterns add up, plain repetitions count up to three, and every mention as a destination or
 * partner subtracts one.
 */
final class ReportMetadataTally {

    private static final int PLAIN_CAP = 3;

    /** One candidate: a division, or a masked name as written. */
    static final class Score {
        private final Region region;
        private final String key;
        private final int order;
        private String mention;
        private int mentionWeight = Integer.MIN_VALUE;
        private int positional;
        private int plain;
        private int away;

        private Score(Region region, String key, int order) {
            this.region = region;
            this.key = key;
            this.order = order;
        }

        Region region() {
            return region;
        }

        /** The name as written where it weighed most. */
        String mention() {
            return mention;
        }

        int total() {
            return positional + Math.min(plain, PLAIN_CAP) + away;
        }

        /** The official name or the masked name, whose ending must agree with 我区/全市/全县. */
        String name() {
            return region == null ? key.replaceAll("\\s+", "") : region.name();
        }
    }

    private final Map<String, Score> scores = new LinkedHashMap<>();

    void add(Region region, String mention, int weight, boolean plain) {
        add(region.code(), region, mention, weight, plain);
    }

    void add(String maskedMention, int weight, boolean plain) {
        add(maskedMention, null, maskedMention, weight, plain);
    }

    private void add(String key, Region region, String mention, int weight, boolean plain) {
        Score s = scores.computeIfAbsent(key, k -> new Score(region, k, scores.size()));
        if (weight < 0) {
            s.away += weight;
        } else if (plain) {
            s.plain += weight;
        } else {
            s.positional += weight;
        }
        if (weight > s.mentionWeight) {
            s.mention = mention;
            s.mentionWeight = weight;
        }
    }

    boolean isEmpty() {
        return scores.isEmpty();
    }

    /**
     * The candidate at {@code rank} (0 = best) among those whose name ends with {@code suffix}
     * (all when it is {@code null}), by total weight, the first seen winning a tie.
     */
    Optional<Score> best(String suffix, int rank) {
        List<Score> ranked = new ArrayList<>();
        for (Score s : scores.values()) {
            if (suffix == null || s.name().endsWith(suffix)) {
                ranked.add(s);
            }
        }
        ranked.sort(Comparator.comparingInt(Score::total).reversed().thenComparingInt(s -> s.order));
        return rank < ranked.size() ? Optional.of(ranked.get(rank)) : Optional.empty();
    }
}
