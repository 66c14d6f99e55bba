/**
 * Periods: the period phrases of a report (1-6月, 上半年, 前三季度, 截至目前), the period that governs
 * a report's figures and the period one clause states. {@link huibao.extract.period.PeriodReader}
 * is the entry, also used by the search to read a {@code --period} filter.
 *
 * <p>May use the model, the dictionaries and {@code huibao.text}; nothing else of extract. Period
 * phrases also come from what an analyst types, which ingest never folds, so this family still
 * reads full-width digits.
 */
package huibao.extract.period;
