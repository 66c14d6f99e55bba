package huibao.index;

/**
 * What the archive holds.
 *
 * @param reports       reports
 * @param files         files ingested (a compilation holds several reports)
 * @param regions       distinct resolved reporting regions
 * @param facts         facts
 * @param redactedFacts facts whose number is masked
 * @param entities      projects, organisations and places
 */
public record IndexStats(int reports, int files, int regions, int facts, int redactedFacts, int entities) {
}
