/**
 * {@code huibao bench}: how fast huibao ingests and searches, measured against a bare baseline on
 * the same generated reports. {@link huibao.bench.GeneratedReports} makes the reports from the
 * sample corpus (with paragraphs of real reports, {@link huibao.bench.GovReportParagraphs}),
 * {@link huibao.bench.Bench} times the bare ingest ({@link huibao.bench.BareBaseline}: Tika's plain
 * parse and a SmartChineseAnalyzer index, through {@link huibao.ingest.ReportReader#plainText} and
 * {@link huibao.index.BareIndex}) and huibao's own through the facade on each thread count, and
 * the searches ({@link huibao.bench.SearchLatency}), and {@link huibao.bench.BenchResults} prints
 * and writes what it measured. It may use the facade, those two baseline classes, the search's
 * request and answer and the results file's writer ({@link huibao.export.json.FiguresJson});
 * only the command line uses it.
 */
package huibao.bench;
