/**
 * A report's metadata: its title, issuer, date, reporting region and period, from its heading, its
 * opening and the hints the analyst gives. {@link huibao.extract.metadata.ReportMetadataReader} is
 * the entry.
 *
 * <p>May use the model, the dictionaries, {@code huibao.text}, the {@code period} and {@code place}
 * families; nothing else of extract.
 */
package huibao.extract.metadata;
