package vn.tongket.web;

/**
 * A page form (a {@code @BeanParam} class of {@code @RestForm} fields) that reads itself into the request record the
 * JSON API validates. Reading goes through {@link FormInput} so that what was typed is kept for the form shown again
 * and a number that cannot be read is named as such rather than reported as missing.
 */
public interface PageForm<R> {

    R read(FormInput in);

    /** The form field a violation of the request record concerns, when the record nests ("venue.name" is "venueName"). */
    default String field(String path) {
        return path;
    }
}
