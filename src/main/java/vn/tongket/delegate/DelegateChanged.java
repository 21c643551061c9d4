package vn.tongket.delegate;

/**
 * Fired inside the transaction of every change to a delegate (added, edited, moved, removed) or to an organisation
 * (then {@code delegateId} is null: any delegate of it may show the change), so that what is kept of them elsewhere
 * can be dropped without this package knowing who keeps it.
 */
public record DelegateChanged(Long conferenceId, Long delegateId) {

    static DelegateChanged organization() {
        return new DelegateChanged(null, null);
    }
}
