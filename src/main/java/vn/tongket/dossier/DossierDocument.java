package vn.tongket.dossier;

import java.util.List;

/**
 * One document of a conference's commendation dossier (issue 20). Each document is a CDI bean in its own feature
 * package; the dossier checklist and its endpoints collect every bean, so a new document needs no change here.
 */
public interface DossierDocument {

    /** Stable key used in the API path: {@code proposal}, {@code council-minutes}, {@code certificates}... */
    String key();

    /** Position in the checklist, in the order a dossier is assembled (the proposal first). */
    int order();

    /** The document's title in the current request's language (message bundle). */
    String title();

    /** What the document still lacks before it can be printed, in words, in the request's language; empty when ready. */
    List<String> missing(long conferenceId);

    /** The document as PDF in the Decree 30/2020 layout; callers check {@link #missing} first. */
    byte[] pdf(long conferenceId);
}
