/**
 * The comparable table: one row per report (region and period), one column per indicator, each
 * cell pointing at the fact it came from, and its exports.
 */
package huibao.dataset;
