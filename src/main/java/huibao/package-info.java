/**
 * huibao's facade: one object, {@link huibao.Huibao}, that the CLI and the web workspace call for
 * every job (read, ingest, search, dataset, check), built from one {@link huibao.config.HuibaoConfig}.
 */
package huibao;
