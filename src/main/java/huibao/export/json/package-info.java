/**
 * JSON of huibao's records, a class per record, and each record's shape written by exactly one
 * method wherever it appears: {@link huibao.export.json.FactJson#write} the whole fact (one line of
 * {@code extract --format jsonl}, exactly the fact contract; also the facts of the dataset's cells
 * and of search passages), {@link huibao.export.json.FactJson#reference} a reference to a fact (the
 * facts a finding rests on), {@link huibao.export.json.FindingJson#write} a finding (one line of
 * {@code check --format jsonl}; also the dataset's findings), {@link huibao.export.json.ReportJson#write}
 * a report (one line of {@code extract --reports}; also the dataset's reports),
 * {@link huibao.export.json.EntityJson}, {@link huibao.export.json.ProjectJson} and
 * {@link huibao.export.json.SearchJson}. Field names follow the fact contract.
 */
package huibao.export.json;
