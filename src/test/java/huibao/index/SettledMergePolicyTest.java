package huibao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An ingest leaves an archive with about the segments its size needs, not many more. */
class SettledMergePolicyTest {

    @TempDir
    Path dir;

    @Test
    void anArchiveNeedsASegmentPerLargestSegmentsSizeAndOnePerCoreAtLeast() {
        assertEquals(2, SettledMergePolicy.wanted(130L << 20, 2));
        assertEquals(7, SettledMergePolicy.wanted(1280L << 20, 2));
        assertEquals(16, SettledMergePolicy.wanted(1280L << 20, 16));
    }

    @Test
    void moreThanTwiceTheSegmentsNeededAreMergedDownToThatNumber() throws IOException {
        try (Directory d = FSDirectory.open(dir)) {
            writeSegments(d, 9);
            assertEquals(2, settle(d, 2));
        }
    }

    @Test
    void aFewSegmentsMoreThanNeededAreLeftToTheTieredPolicy() throws IOException {
        try (Directory d = FSDirectory.open(dir)) {
            writeSegments(d, 4);
            assertEquals(4, settle(d, 2));
        }
    }

    /** Writes {@code n} segments of one document each. */
    private static void writeSegments(Directory d, int n) throws IOException {
        try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer())
                .setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < n; i++) {
                Document doc = new Document();
                doc.add(new StringField("id", "r" + i, Field.Store.YES));
                w.addDocument(doc);
                w.commit();
            }
        }
    }

    /** The segments left once a writer on {@code d} settles them as an ingest's end does, on {@code cores} cores. */
    private static int settle(Directory d, int cores) throws IOException {
        // a tiered policy that would leave segments this small alone, so only the settling merges them
        TieredMergePolicy tiers = new TieredMergePolicy();
        tiers.setSegmentsPerTier(50);
        try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer())
                .setMergePolicy(new SettledMergePolicy(tiers, cores)))) {
            w.maybeMerge();
        }
        try (DirectoryReader r = DirectoryReader.open(d)) {
            return r.leaves().size();
        }
    }
}
