package vn.tongket.nomination;

import java.util.List;

/** An import refused as a whole: every wrong cell, by row and column (field "row 7, column B"). */
public class ImportRejectedException extends RuntimeException {

    /** One wrong cell, with its text in Vietnamese and English. */
    public record CellError(int row, String column, String vietnamese, String english) {
        public String field() {
            return "row " + row + ", column " + column;
        }
    }

    private final transient List<CellError> errors;

    public ImportRejectedException(List<CellError> errors) {
        super(errors.size() + " wrong cells");
        this.errors = List.copyOf(errors);
    }

    public List<CellError> errors() {
        return errors;
    }

    /** All errors as one line, for a page. */
    public String summary(String language) {
        return String.join(" ", errors.stream().map(e -> "en".equals(language) ? e.english() : e.vietnamese()).toList());
    }
}
