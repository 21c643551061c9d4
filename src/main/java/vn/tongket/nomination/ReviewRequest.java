package vn.tongket.nomination;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of POST /api/nominations/{id}/review; RETURN and REJECT need a note. */
public record ReviewRequest(@NotNull Decision decision, @Size(max = 2000) String note) {

    /** The reviewer's verdict. */
    public enum Decision {
        APPROVE, RETURN, REJECT
    }
}
