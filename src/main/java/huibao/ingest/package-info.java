/**
 * Files in, clean text and reports out: the first stage of huibao's pipeline.
 *
 * <p>{@link huibao.ingest.ReportReader} is the entry. It recognises a file's type, reads its text
 * (Apache Tika for Word and PDF, huibao's own charset detection for plain text), cleans the text
 * through a chain of small steps that only delete characters or replace them one for one, keeps
 * a map from every cleaned offset back to the parsed text, and splits a compilation (汇编) into
 * its reports. A file that cannot be read raises {@link huibao.ingest.UnreadableFileException},
 * typed by cause, so a batch can name it and go on.
 *
 * <p>Tika is used here and nowhere else. Cleaning rules (boilerplate markers, advertising, page
 * numbers, units, list markers, title endings) are data in {@code dictionaries/boilerplate.tsv}
 * and {@code dictionaries/cleaning.tsv}.
 */
package huibao.ingest;
