package vn.tongket.council;

import io.quarkus.qute.TemplateEnum;

/** A ballot's answer for one nominee: in favour, against, or left blank (invalid). */
@TemplateEnum
public enum Vote {
    YES, NO, BLANK
}
