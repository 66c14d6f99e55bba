/**
 * The vocabulary extraction reads, loaded once from the dictionaries: indicators and their terms,
 * measure cues, clause words, scope and stage words ({@link huibao.extract.lexicon.Vocabulary},
 * the entry), and the word matcher that finds them in a sentence.
 *
 * <p>May use the dictionaries, the model, HanLP's double-array trie and the {@code number} family (units and figure rules);
 * nothing else of extract.
 */
package huibao.extract.lexicon;
