package huibao.check;

import huibao.dataset.HeadlineFacts;
import huibao.dataset.Table;

import java.util.List;

/**
 * What every check reads: the reports with their facts, the table of every indicator's level,
 * the regions, and the vocabularies of {@code dictionaries/}.
 *
 * @param reports   each report with its facts, in doc order
 * @param levels    the comparable table of every indicator's value, one row per region and period
 * @param regions   the divisions, to find a city's districts and the places a city report names
 * @param headlines which facts state a figure for the whole region
 * @param words     the check vocabularies
 */
record CheckContext(List<ReportFacts> reports, Table levels, RegionDirectory regions, HeadlineFacts headlines,
                    CheckWords words) {
}
