package vn.tongket.mail;

/**
 * Fired (inside the outbox transaction) when a mail recorded as sent was refused by the SMTP server after all (its
 * answer to the end of the data), so that its feature can take back what {@link MailSettled} told it: {@code givenUp}
 * when it was the last try.
 */
public record MailWithdrawn(long outboxId, String refType, Long refId, boolean givenUp, String error) {
}
