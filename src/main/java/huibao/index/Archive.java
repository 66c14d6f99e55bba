package huibao.index;

import huibao.model.Entity;
import huibao.model.Fact;
import huibao.model.Report;
import huibao.model.ReportExtraction;
import huibao.model.SourceText;
import java.io.Closeable;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the reports are kept and searched: the local index in the data folder ({@link ReportIndex})
 * or a SolrCloud collection (issue 13). Both hold the same documents and give the same answers, so
 * the facade, ingest, the table and the checks do not know which one they read.
 *
 * <p>Changes are visible to reads after {@link #commit()}; every method may be called from several
 * threads at once.
 */
public interface Archive extends Closeable {

    /**
     * Replaces everything stored for {@code source}'s file with its reports, facts and entities, and
     * remembers the file's hash.
     *
     * @throws IllegalArgumentException when a report belongs to another file
     */
    void replace(SourceText source, List<ReportExtraction> reports);

    /** Removes everything stored for {@code file}. */
    void remove(String file);

    /** Makes the changes so far durable and visible to reads. */
    void commit();

    /** The sha256 stored for {@code file} when it was last ingested, so an unchanged file can be skipped. */
    Optional<String> storedHash(String file);

    /** Whether the archive holds nothing, as of the last commit. */
    boolean isEmpty();

    /** The files in the archive, sorted. */
    Set<String> files();

    /**
     * Finds the reports matching {@code request}, best first (or newest first), with their best
     * passages marked and the facts those passages state.
     *
     * @throws QuerySyntaxException     when the query cannot be read; its message quotes the query
     * @throws IllegalArgumentException when the request filters on a report type that is not known
     */
    SearchResults search(SearchRequest request);

    /** All reports with their text, by file and position in the file. */
    List<Report> reports();

    /** The report {@code doc} ("001.txt#2") with its text, if archived. */
    Optional<Report> report(String doc);

    /** All facts, by file and then by position in the file (so by report, then by span). */
    List<Fact> facts();

    /** The facts of the report {@code doc}, by position. */
    List<Fact> facts(String doc);

    /** All projects, organisations and places, by file and position. */
    List<Entity> entities();

    /** Counts of what the archive holds. */
    IndexStats stats();
}
