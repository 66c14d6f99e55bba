package huibao.check;

import huibao.model.Region;

import java.util.List;
import java.util.Optional;

/**
 * The divisions as the checks need them: what lies under a city, and which division a place name
 * written in a report stands for.
 */
public interface RegionDirectory {

    /** The divisions directly under {@code code}, empty when none are known. */
    List<Region> children(String code);

    /** The division {@code written} stands for near {@code context} (鹭汀区, 经开区), if any. */
    Optional<Region> place(String written, Region context);

    /** A directory that knows no divisions: the checks that need them find nothing. */
    static RegionDirectory none() {
        return new RegionDirectory() {
            @Override
            public List<Region> children(String code) {
                return List.of();
            }

            @Override
            public Optional<Region> place(String written, Region context) {
                return Optional.empty();
            }
        };
    }
}
