/**
 * The value types that flow down huibao's pipeline: reports, facts, entities, periods,
 * spans and problems. Records only, JDK only; every other package reads and writes these.
 */
package huibao.model;
