/**
 * JSON of huibao's records, one class per record, used by every output that holds it:
 * {@link huibao.export.json.FactJson} (the fact contract's line of {@code extract --format jsonl},
 * and the references by which tables, findings and search hits point at facts),
 * {@link huibao.export.json.FindingJson}, {@link huibao.export.json.ReportJson},
 * {@link huibao.export.json.EntityJson}, {@link huibao.export.json.ProjectJson} and
 * {@link huibao.export.json.SearchJson}. {@link huibao.export.json.JsonValues} writes the values
 * they share (periods, exact decimals, spans) one way. Field names follow the fact contract.
 */
package huibao.export.json;
