package vn.tongket.web;

import java.util.List;

/**
 * Which slice of a long list to show: a 1-based page number and a page size, read from the {@code page} and
 * {@code size} query parameters. Lists are paged in the database (offset and limit) and counted with COUNT.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 500;

    /** Far beyond any list, and low enough that the offset of its last row stays an int. */
    public static final int MAX_PAGE = 1_000_000;

    public static final PageRequest FIRST = new PageRequest(1, DEFAULT_SIZE);

    /** Parses the query parameters (absent: page 1 of 100 rows); a page outside 1..1,000,000 or a size outside 1..500 is refused with 400. */
    public static PageRequest of(String page, String size) {
        Integer p = parse(page, 1);
        if (p == null || p < 1 || p > MAX_PAGE) {
            throw ProblemException.invalid("page", m -> m.pageInvalid(MAX_PAGE));
        }
        Integer s = parse(size, DEFAULT_SIZE);
        if (s == null || s < 1 || s > MAX_SIZE) {
            throw ProblemException.invalid("size", m -> m.pageSizeInvalid(MAX_SIZE));
        }
        return new PageRequest(p, s);
    }

    /** The index of the first row of this page in the whole list (0-based), for setFirstResult. */
    public int offset() {
        return (page - 1) * size;
    }

    /** The same page for Panache's {@code .page(...)}, which counts pages from 0. */
    public io.quarkus.panache.common.Page panache() {
        return io.quarkus.panache.common.Page.of(page - 1, size);
    }

    public <T> ResultPage<T> result(List<T> rows, long total) {
        return new ResultPage<>(rows, total, page, size);
    }

    private static Integer parse(String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
