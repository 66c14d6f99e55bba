package huibao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** A search's segments dealt out so that each core gets about as many documents. */
class ConcurrentSearchersTest {

    @Test
    void dealsSegmentsLargestFirstSoEachCoreGetsAboutAsManyDocuments() throws IOException {
        // five segments as an archive of 100,000 reports leaves them: a few large, some small
        int[] sizes = {400, 90, 380, 10, 120};
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
                for (int size : sizes) {
                    for (int i = 0; i < size; i++) {
                        Document d = new Document();
                        d.add(new StringField("id", size + "-" + i, Field.Store.NO));
                        w.addDocument(d);
                    }
                    w.commit();
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                List<LeafReaderContext> leaves = reader.leaves();
                assertEquals(5, leaves.size());

                IndexSearcher.LeafSlice[] two = ConcurrentSearchers.evenSlices(leaves, 2);
                // 400 + 90 + 10 and 380 + 120: Lucene's grouping of up to 250,000 documents made one slice of all
                assertEquals(List.of(500, 500), docs(two));

                IndexSearcher.LeafSlice[] many = ConcurrentSearchers.evenSlices(leaves, 8);
                assertEquals(5, many.length, "no more slices than segments");
                assertEquals(1000, docs(many).stream().mapToInt(Integer::intValue).sum());
            }
        }
    }

    private static List<Integer> docs(IndexSearcher.LeafSlice[] slices) {
        return Arrays.stream(slices)
                .map(s -> Arrays.stream(s.leaves).mapToInt(l -> l.reader().maxDoc()).sum())
                .toList();
    }
}
