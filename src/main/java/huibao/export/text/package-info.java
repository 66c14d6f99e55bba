/**
 * The terminal's tables and lists: findings, projects, search results and the comparable table,
 * laid out for a reader at a fixed-width terminal (a Chinese character takes two columns).
 */
package huibao.export.text;
