/**
 * The archive in a SolrCloud collection instead of the data folder (issue 13): {@link
 * huibao.solr.SolrArchive} holds the documents the local index writes and answers searches, the
 * table and the checks as the local archive does. It reads and writes through index's public
 * {@link huibao.index.ArchiveLayout} and {@link huibao.index.RemoteSearch}, so that what a document
 * holds and how a query ranks stay defined in one place; SolrJ is used here alone, and only the
 * facade's factory knows this package.
 */
package huibao.solr;
