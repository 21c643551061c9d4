package vn.tongket.council;

import io.quarkus.qute.TemplateEnum;

/** A member's role on the council; the minutes are signed by the chair and the secretary. */
@TemplateEnum
public enum CouncilRole {
    CHAIR, VICE_CHAIR, SECRETARY, MEMBER
}
