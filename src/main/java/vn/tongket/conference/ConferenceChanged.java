package vn.tongket.conference;

/**
 * Fired inside the transaction of every change to a conference or its agenda, so that what is kept of it elsewhere
 * (e.g. the answer pages) can be dropped without this package knowing who keeps it.
 */
public record ConferenceChanged(long conferenceId) {
}
