package vn.tongket.reform;

/**
 * Something a clerk should look at before the documents go out, that does not stop the work: a district-level unit
 * or an old province name at a conference held under the two-level government, a review year that does not fit the
 * conference's date. {@code field} names what to correct: "reviewYear", "issuer", "delegates[12].organization".
 */
public record ReformWarning(String code, String message, String field) {

    public static final String REVIEW_YEAR = "REVIEW_YEAR";
    public static final String DISTRICT_LEVEL = "DISTRICT_LEVEL";
    public static final String OLD_PROVINCE_NAME = "OLD_PROVINCE_NAME";
}
