package huibao.project;

import huibao.model.Entity;

/**
 * A project mention with what merging compares: the key of its name, the core of its investor
 * and the entity it was read from.
 *
 * @param mention  the mention as the tracker reports it
 * @param key      its name as it compares
 * @param investor its investor's core ({@link ProjectNames#investorCore}), or {@code null}
 * @param entity   the entity extraction found
 */
record NamedMention(ProjectMention mention, ProjectNames.Key key, String investor, Entity entity) {

    String region() {
        return mention.regionCode();
    }

    String doc() {
        return mention.report().doc();
    }
}
