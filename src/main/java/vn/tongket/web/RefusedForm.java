package vn.tongket.web;

import io.quarkus.qute.TemplateData;

/**
 * Which of a page's many forms came back refused (the add form, or one form on one row of a table) with its state, so
 * that only that form shows what was typed and its messages while every other row shows what is stored.
 */
@TemplateData
public record RefusedForm(String name, Long row, FormState state) {

    public static final RefusedForm NONE = new RefusedForm(null, null, FormState.EMPTY);

    public static RefusedForm of(String name, FormState state) {
        return new RefusedForm(name, null, state);
    }

    public static RefusedForm of(String name, long row, FormState state) {
        return new RefusedForm(name, row, state);
    }

    /** The state of a form that is not on a row (the add form); empty unless it was the one refused. */
    public FormState form(String formName) {
        return formName.equals(name) && row == null ? state : FormState.EMPTY;
    }

    /** The state of {@code formName} on row {@code rowId}, or {@code stored} when another form was refused. */
    public FormState form(String formName, long rowId, FormState stored) {
        return formName.equals(name) && row != null && row == rowId ? state : stored;
    }

    /** For a row's forms without stored values. */
    public FormState form(String formName, long rowId) {
        return form(formName, rowId, FormState.EMPTY);
    }

    /** Whether the refused form is on this row (its details are then shown open). */
    public boolean onRow(long rowId) {
        return row != null && row == rowId;
    }
}
