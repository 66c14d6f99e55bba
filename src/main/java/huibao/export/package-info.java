/**
 * The exports an analyst hands on: the comparable table with its flags and the check findings
 * as an Excel workbook (a sheet of the table with every number's source in a cell comment, a
 * sheet of the findings, a sheet of the sources), the findings as a report in Markdown or a
 * single HTML file, and the table and findings as plain JSON. Every number in every export
 * points back to its report, sentence and offsets. {@link huibao.export.Exports} is the entry;
 * the writers behind it are package-private.
 */
package huibao.export;
