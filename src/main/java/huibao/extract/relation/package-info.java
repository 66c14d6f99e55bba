/**
 * How a report's facts stand to one another, read once after they are built: each fact's
 * sentence offsets, the clause marks around it (；, 分别, 前三位, part-year targets), its table cell
 * and size class, and the links from a completion rate to its actual level and target and from a
 * share to the figures it is of. {@link huibao.extract.relation.FactLinker} is the entry; the
 * dataset and the checks read these records instead of the text between figures.
 *
 * <p>May use the model, the configuration and {@code huibao.text}; nothing else of extract.
 */
package huibao.extract.relation;
