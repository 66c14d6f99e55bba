/**
 * The searchable archive of reports: a Lucene index on local disk holding one document per file,
 * per report, per fact and per entity, all joined by the file and the report's doc id. A report's
 * text is analysed once, into CJK grams with their offsets; the passages a hit shows are cut and
 * marked from those offsets when it is shown.
 *
 * <p>{@link huibao.index.ReportIndex} is the one entry: it writes what ingest and extract produced,
 * answers the analyst's queries with ranked, highlighted reports and facet counts, and reads the
 * stored records back for the dataset. Lucene stays inside this package; nothing public here
 * exposes a Lucene type.
 *
 * <p>Issue 13: {@link huibao.index.Archive} is what the facade reads and writes, the local index or
 * a Solr collection; {@link huibao.index.ArchiveLayout} gives another store the very documents this
 * index writes and reads them back, and {@link huibao.index.RemoteSearch} answers a search over it
 * with this package's query translation, tie order and highlighter.
 */
package huibao.index;
