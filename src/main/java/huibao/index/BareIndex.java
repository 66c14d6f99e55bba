package huibao.index;

import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A Lucene index of texts and nothing else: one document per text, its path kept and its text
 * analysed by {@link SmartChineseAnalyzer} (not stored), written by one {@link IndexWriter} with
 * Lucene's defaults and committed once, when closed. The baseline {@code huibao bench} sets the
 * archive against; the archive is never written this way. {@link #add} may be called from many
 * threads at once.
 */
public final class BareIndex implements Closeable {

    private final Directory directory;
    private final IndexWriter writer;

    private BareIndex(Directory directory, IndexWriter writer) {
        this.directory = directory;
        this.writer = writer;
    }

    /** A new, empty index in {@code folder}. */
    public static BareIndex create(Path folder) throws IOException {
        Directory directory = FSDirectory.open(folder);
        IndexWriterConfig config = new IndexWriterConfig(new SmartChineseAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        return new BareIndex(directory, new IndexWriter(directory, config));
    }

    /** Adds the text of the file at {@code path}. */
    public void add(String path, String text) throws IOException {
        Document doc = new Document();
        doc.add(new StringField("path", path, Field.Store.YES));
        doc.add(new TextField("text", text, Field.Store.NO));
        writer.addDocument(doc);
    }

    /** Commits what was added, once, and closes the index. */
    @Override
    public void close() throws IOException {
        try (directory; writer) {
            writer.commit();
        }
    }
}
