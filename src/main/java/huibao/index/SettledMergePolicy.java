package huibao.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.MergeTrigger;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;

/**
 * How an archive's segments are left once an ingest is done. A search looks each of its terms up
 * in every segment and sets up its scorers segment by segment, so an archive left with more than
 * twice the segments its size needs (one per {@value IndexUpdater#LARGEST_SEGMENT_MB} MB, and one per
 * core at least) is merged down to that number: 100,000 reports ingested on two threads left 18
 * segments, merged into 7 in 11.5 s, and the first thousand searches after a warm-up answered at
 * p50 4.6 and 4.9 ms where the 18 answered at 6.1 and 6.4 ms. The margin keeps a small ingest into
 * a large archive from rewriting it. Otherwise the tiered policy it wraps decides.
 */
final class SettledMergePolicy extends FilterMergePolicy {

    private static final double BYTES_PER_MB = 1024 * 1024;

    private final int cores;

    SettledMergePolicy(MergePolicy tiers, int cores) {
        super(tiers);
        this.cores = cores;
    }

    @Override
    public MergeSpecification findMerges(MergeTrigger trigger, SegmentInfos infos, MergeContext context)
            throws IOException {
        long bytes = 0;
        for (SegmentCommitInfo s : infos) {
            bytes += s.sizeInBytes();
        }
        int wanted = wanted(bytes, cores);
        if (infos.size() > 2 * wanted && context.getMergingSegments().isEmpty()) {
            Map<SegmentCommitInfo, Boolean> every = new HashMap<>();
            infos.forEach(s -> every.put(s, Boolean.TRUE));
            MergeSpecification down = in.findForcedMerges(infos, wanted, every, context);
            if (down != null) {
                return down;
            }
        }
        return in.findMerges(trigger, infos, context);
    }

    /** The segments an archive of {@code bytes} needs: one per largest segment's size, one per core at least. */
    static int wanted(long bytes, int cores) {
        return Math.max(cores, (int) Math.ceil(bytes / (IndexUpdater.LARGEST_SEGMENT_MB * BYTES_PER_MB)));
    }
}
