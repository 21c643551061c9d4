package vn.tongket.mail;

/** Fired (inside the outbox transaction) when a mail is delivered or given up, so its feature can follow. */
public record MailSettled(long outboxId, String refType, Long refId, boolean delivered, String error) {
}
