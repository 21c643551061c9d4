package vn.tongket.preparation;

/** Where a report section stands: asked of its owner, text or file received, accepted by the organiser. */
public enum SectionState {
    REQUESTED, RECEIVED, ACCEPTED
}
