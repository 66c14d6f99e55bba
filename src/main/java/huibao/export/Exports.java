package huibao.export;

import huibao.catalog.IndicatorCatalog;
import huibao.dataset.Table;
import huibao.model.Finding;
import huibao.model.Report;
import huibao.model.ReportExtraction;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the comparable table and the check findings for the analyst to hand on: an Excel
 * workbook, a findings report in Markdown or HTML, and JSON. Every number in every output names
 * its report, its offsets in the report's text and its sentence.
 *
 * <p>Each method takes the findings to show as they are: pass relations that hold
 * ({@link Finding.Severity#OK}) only when they are wanted. The reports name the regions, periods
 * and titles of the findings' docs and let a figure be placed in its sentence exactly; a doc they
 * do not hold is still shown, by its name. Output streams are written in UTF-8, flushed and left
 * open.
 */
public final class Exports {

    private final IndicatorLabels indicators;

    /** Exports that name indicators as the catalogue ({@code indicators.tsv}) does. */
    public Exports(IndicatorCatalog indicators) {
        this.indicators = new IndicatorLabels(indicators);
    }

    /**
     * The workbook (.xlsx): sheet 数据, the table with its numbers in their printed precision,
     * cells coloured by their flags and findings, a comment on every filled cell with its source
     * and findings, the comparable totals and a legend; sheet 核查发现, a row per finding, errors
     * first; sheet 来源, every fact the table shows with its file, offsets and sentence.
     */
    public void workbook(Table table, List<Finding> findings, List<Report> reports, OutputStream out)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setCreator("huibao");
            WorkbookStyles styles = new WorkbookStyles(workbook);
            FindingsByFact byFact = new FindingsByFact(findings);
            ReportsByDoc docs = new ReportsByDoc(reports);
            new DataSheet(workbook.createSheet(DataSheet.NAME), styles, byFact, indicators).write(table);
            new FindingsSheet(workbook.createSheet(FindingsSheet.NAME), styles, docs, indicators)
                    .write(byFact.ordered());
            new SourcesSheet(workbook.createSheet(SourcesSheet.NAME), styles, docs).write(table);
            workbook.write(out);
        }
        out.flush();
    }

    /**
     * The findings report as one self-contained HTML file: counts by check and severity, then by
     * report its errors, gaps and rounding notes, each with its sentences and their figures marked.
     */
    public void findingsHtml(List<Finding> findings, List<Report> reports, OutputStream out) throws IOException {
        ReportsByDoc docs = new ReportsByDoc(reports);
        PrintWriter w = utf8(out);
        new HtmlFindings(w, docs, indicators).write(new FindingsDigest(findings, docs));
        finish(w);
    }

    /** The same findings report as {@link #findingsHtml} in Markdown, figures in bold. */
    public void findingsMarkdown(List<Finding> findings, List<Report> reports, OutputStream out)
            throws IOException {
        ReportsByDoc docs = new ReportsByDoc(reports);
        PrintWriter w = utf8(out);
        new MarkdownFindings(w, docs, indicators).write(new FindingsDigest(findings, docs));
        finish(w);
    }

    /**
     * The table and the findings as JSON: {@code columns}; {@code rows} with a cell (or
     * {@code null}) per column key, each with its exact value, unit, flags, fact (the whole fact,
     * as {@code extract --format jsonl} writes it) and the positions of its findings;
     * {@code summaries} by column key; {@code reports} (as {@code extract --reports} writes them,
     * with the counts of their facts and entities); and {@code findings} in order (as
     * {@code check --format jsonl} writes them, with references to their facts).
     */
    public void json(Table table, List<Finding> findings, List<ReportExtraction> reports, OutputStream out)
            throws IOException {
        TableJson.write(table, findings, reports, out);
        out.flush();
    }

    /**
     * The table for a page of the workspace: {@link #json}'s document on one line, without the
     * reports, each cell's fact (and the others stated for it) as a reference: id, doc, indicator,
     * measure, text, span and sentence.
     */
    public void page(Table table, List<Finding> findings, OutputStream out) throws IOException {
        TableJson.writePage(table, findings, out);
        out.flush();
    }

    private static PrintWriter utf8(OutputStream out) {
        return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
    }

    /** Flushes {@code w}; a PrintWriter keeps its write errors to itself until asked. */
    private static void finish(PrintWriter w) throws IOException {
        if (w.checkError()) {
            throw new IOException("the findings report could not be written in full");
        }
    }
}
