/**
 * The project tracker: follows each real-world project through the reports that mention it. The
 * project mentions extraction found (names as written, stage words, investors, the facts stating
 * their investment) are merged into one {@link huibao.project.TrackedProject} per project, by
 * names compared as {@code dictionaries/projects-names.tsv} says, within one region and without
 * two different investors; each carries its stage timeline ordered by report period and date,
 * planned stages told apart by {@code projects-plans.tsv}, and its investment figures as each
 * report states them. {@link huibao.project.ProjectTracker} is the entry; it reads the records of
 * the model only, so it works over the archive and over reports read without one alike.
 */
package huibao.project;
