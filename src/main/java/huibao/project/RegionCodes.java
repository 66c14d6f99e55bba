package huibao.project;

/**
 * How GB/T 2260 codes nest: a province's code ends in 0000 and a city's in 00, and their
 * districts and counties (development zones included) share those leading digits.
 */
final class RegionCodes {

    private RegionCodes() {
    }

    /** Whether {@code code} lies strictly inside {@code parent}: 321702 inside 321700. */
    static boolean inside(String code, String parent) {
        if (code == null || parent == null || code.equals(parent)) {
            return false;
        }
        if (parent.endsWith("0000")) {
            return code.startsWith(parent.substring(0, 2));
        }
        return parent.endsWith("00") && code.startsWith(parent.substring(0, 4));
    }

    /** Whether {@code code} names a district or county rather than a city or province. */
    static boolean county(String code) {
        return code != null && !code.endsWith("00");
    }
}
