package huibao.catalog;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a rule asks of an indicator without naming it: the {@code roles} column of
 * {@code indicators.tsv}. Every role is given to exactly one indicator, so a rule reads
 * {@code catalog.byRole(Role.FOREIGN_AMOUNT)} and the analyst may rename or replace the indicator.
 */
public enum Role {
    /** The indicator of an amount in a foreign currency whose words name none (在我市实际投资0.97亿美元). */
    FOREIGN_AMOUNT,
    /** The indicator of a count of foreign-funded projects or firms (外资项目5个). */
    FOREIGN_COUNT,
    /**
     * The indicator of a count of projects with no stage (亿元以上项目仅两个); its investment indicator
     * is the investment column of a table that names none.
     */
    PROJECT_COUNT,
    /** The indicator of an area figure whose words name none (供地120亩). */
    AREA,
    /**
     * The indicator of a count of firms or projects of a ranked class (世界500强企业3家): a group wider than
     * the class or beside it (知名企业, 其他知名企业, 500强及行业龙头) is not that count.
     */
    RANKED_FIRMS;

    /** The role's name in the dictionary ({@code foreign_amount}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role whose dictionary name is {@code id}; {@link IllegalArgumentException} listing the roles when there is none. */
    public static Role of(String id) {
        for (Role r : values()) {
            if (r.id().equals(id.strip())) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + id + "' (roles: "
                + String.join(", ", Arrays.stream(values()).map(Role::id).toList()) + ")");
    }
}
