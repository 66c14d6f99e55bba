package huibao.model;

import java.util.Objects;

/**
 * An administrative division with its GB/T 2260 code.
 *
 * @param code       six-digit code, "370117"
 * @param name       full official name, "钢城区"
 * @param level      province, city or county
 * @param parentCode code of the division above, or {@code null} for a province
 */
public record Region(String code, String name, RegionLevel level, String parentCode) {

    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        if (!code.matches("\\d{6}")) {
            throw new IllegalArgumentException("region code must have six digits: " + code);
        }
    }

    /** Code of the province this region lies in. */
    public String provinceCode() {
        return code.substring(0, 2) + "0000";
    }
}
