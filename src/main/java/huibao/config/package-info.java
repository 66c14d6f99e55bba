/**
 * The one configuration record built at the edge (data folder, dictionaries, threads) and the
 * reader of the analyst's dictionaries. JDK only, so every stage may take it.
 */
package huibao.config;
