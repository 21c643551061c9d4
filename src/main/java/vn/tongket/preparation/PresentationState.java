package vn.tongket.preparation;

/** A unit's presentation (tham luận): asked for, draft submitted, returned with comments, or accepted. */
public enum PresentationState {
    REQUESTED, SUBMITTED, RETURNED, ACCEPTED
}
