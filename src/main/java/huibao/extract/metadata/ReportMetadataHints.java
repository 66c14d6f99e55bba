package huibao.extract.metadata;

/**
 * What the analyst already knows about a report, from a {@code --region} option or a manifest
 * row (file, region, period); each given value wins over what the text says.
 *
 * @param region a division's name or short form ("钢城区", "六安"), or {@code null}
 * @param period a period as reports write it ("2023年1-6月", "2021年截至目前"), or {@code null}
 */
public record ReportMetadataHints(String region, String period) {

    public ReportMetadataHints {
        region = region == null || region.isBlank() ? null : region.strip();
        period = period == null || period.isBlank() ? null : period.strip();
    }

    /** No hints: everything is read from the text. */
    public static ReportMetadataHints none() {
        return new ReportMetadataHints(null, null);
    }
}
