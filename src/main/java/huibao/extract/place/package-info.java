/**
 * Places: the administrative divisions ({@code regions*.tsv}), place names and masked names in
 * running text, their codes and levels. {@link huibao.extract.place.RegionResolver} is the entry,
 * also used by the facade for the checks' region directory.
 *
 * <p>May use the model, the dictionaries and HanLP's double-array trie; nothing else of extract.
 */
package huibao.extract.place;
