/**
 * A report's text cut into sentences, with their offsets in the cleaned text.
 * {@link huibao.extract.sentence.SentenceSplitter} is the entry.
 *
 * <p>May use the model only.
 */
package huibao.extract.sentence;
