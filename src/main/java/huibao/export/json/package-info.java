/**
 * JSON of huibao's records, a class per record: {@link huibao.export.json.FactJson} (one line of
 * {@code extract --format jsonl}, exactly the fact contract), {@link huibao.export.json.FindingJson}
 * (one line of {@code check --format jsonl}), {@link huibao.export.json.ReportJson},
 * {@link huibao.export.json.EntityJson}, {@link huibao.export.json.ProjectJson},
 * {@link huibao.export.json.SearchJson}, and {@link huibao.export.json.JsonFacts}, the facts,
 * findings and reports as the table's JSON points at them. Field names follow the fact contract.
 */
package huibao.export.json;
