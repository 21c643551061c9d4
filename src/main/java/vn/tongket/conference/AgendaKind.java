package vn.tongket.conference;

/** What an agenda item is. */
public enum AgendaKind {
    OPENING, REPORT, PRESENTATION, SPEECH, AWARDS, CLOSING, OTHER
}
