/**
 * Named entities: projects (with their stage, investors and amounts), organisations and places
 * named in a report. {@link huibao.extract.entity.EntityExtractor} is the entry.
 *
 * <p>May use the model, the dictionaries ({@code entities*.tsv}), {@code huibao.text} and the
 * {@code lexicon}, {@code place} and {@code sentence} families; nothing else of extract.
 */
package huibao.extract.entity;
