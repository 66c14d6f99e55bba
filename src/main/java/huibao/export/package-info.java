/**
 * The exports an analyst hands on: the comparable table with its flags and the check findings
 * as an Excel workbook (a sheet of the table with every number's source in a cell comment, a
 * sheet of the findings, a sheet of the sources), the findings as a report in Markdown or a
 * single HTML file, and the table and findings as plain JSON. Every number in every export
 * points back to its report, sentence and offsets. {@link huibao.export.Exports} is the entry;
 * the writers behind it are package-private.
 *
 * <p>Every writer of huibao lives here: the record JSON in {@link huibao.export.json}, the
 * terminal's text in {@link huibao.export.text} and CSV in {@link huibao.export.csv}. The
 * command line picks one; no other package writes JSON, CSV or a workbook.
 */
package huibao.export;
