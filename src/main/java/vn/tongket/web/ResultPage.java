package vn.tongket.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list: its rows, the size of the whole list and where the page sits in it. */
public record ResultPage<T>(List<T> rows, long total, int page, int size) {

    /** The number of pages, at least 1 (an empty list has one empty page). */
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    /** The page before this one; from beyond the end, the last page. */
    public int previous() {
        return Math.min(page - 1, pages());
    }

    /** The row number (STT) of the first row on this page: numbering continues across pages. */
    public long firstNumber() {
        return (long) (page - 1) * size + 1;
    }

    public <R> ResultPage<R> map(Function<T, R> mapper) {
        return new ResultPage<>(rows.stream().map(mapper).toList(), total, page, size);
    }
}
