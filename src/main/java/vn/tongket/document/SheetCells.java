package vn.tongket.document;

import org.dhatim.fastexcel.reader.Row;
import vn.tongket.web.ProblemException;
import vn.tongket.web.Text;

/**
 * The cells of one row of an imported sheet, read alike by every import (delegates, nominations, awards): text in
 * NFC, empty cells null, and a cell longer than the bound refused before it is kept, so a crafted sheet cannot fill
 * the heap one cell at a time.
 */
public final class SheetCells {

    /** Refusal for a cell over the bound, in the words of the import's own message bundle. */
    @FunctionalInterface
    public interface TooLarge {
        ProblemException at(int row, String column, int max);
    }

    private SheetCells() {
    }

    /** The first {@code columns.length} cells of the row; {@code columns} are the letters named in errors. */
    public static String[] read(Row r, String[] columns, int maxChars, TooLarge tooLarge) {
        String[] c = new String[columns.length];
        for (int i = 0; i < c.length; i++) {
            String text = r.hasCell(i) && r.getCell(i) != null ? r.getCell(i).getText() : null;
            if (text != null && text.length() > maxChars) {
                throw tooLarge.at(r.getRowNum(), columns[i], maxChars);
            }
            c[i] = text == null ? null : Text.clean(text);
        }
        return c;
    }

    /** A row with no text in any cell, which every import skips. */
    public static boolean blank(String[] c) {
        for (String s : c) {
            if (s != null) {
                return false;
            }
        }
        return true;
    }
}
