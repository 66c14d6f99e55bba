/**
 * CSV for spreadsheets: the facts of {@code extract --format csv} and the comparable table
 * (UTF-8 with a byte order mark, so Excel reads the Chinese).
 */
package huibao.export.csv;
