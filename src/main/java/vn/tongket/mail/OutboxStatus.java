package vn.tongket.mail;

/** Where a mail is: waiting (maybe for a retry), being sent by one sender, delivered, or given up. */
public enum OutboxStatus {
    PENDING, SENDING, SENT, FAILED
}
