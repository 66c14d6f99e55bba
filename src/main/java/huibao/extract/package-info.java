/**
 * The extract stage: a cleaned report in, its metadata, facts and named entities out.
 *
 * <p>{@link huibao.extract.Extractor} is the front door; it takes {@link huibao.extract.metadata.ReportMetadataHints}
 * for what the text does not say. The text it reads is the cleaned text of ingest, in which
 * full-width digits, Latin letters and ％ are already folded to ASCII (ingest's
 * {@code FullWidthFolder}), so the families below read ASCII digits only, except where they read
 * what an analyst typed (period hints and search filters), which nothing folds.
 * {@link huibao.extract.FactExtractor} composes the families into facts. Outside this package,
 * only {@code Extractor}, {@code ReportMetadataHints}, {@link huibao.extract.place.RegionResolver}
 * and {@link huibao.extract.period.PeriodReader} are used.
 *
 * <p>The families, each a sub-package with one job and one entry, depend on one another one way
 * only: {@code number} and {@code period} and {@code place} on {@code huibao.text}; {@code lexicon}
 * on {@code number}; {@code entity}, {@code attribution} and {@code metadata} on the ones below
 * them. No class of extract reaches back, through others, to itself (ArchitectureTest).
 * HanLP may be used here and nowhere else.
 */
package huibao.extract;
