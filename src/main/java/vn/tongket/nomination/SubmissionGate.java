package vn.tongket.nomination;

/**
 * A rule another feature sets on sending a nomination to Home Affairs (e.g. the council's vote, issue 20): each CDI
 * bean implementing it is asked, under the nomination's lock, and refuses with a 409 naming its rule.
 */
public interface SubmissionGate {

    void check(Nomination nomination);
}
