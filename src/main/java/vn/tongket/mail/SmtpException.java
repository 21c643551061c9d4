package vn.tongket.mail;

/**
 * The SMTP server did not take a mail, or could not be reached: the server's own words (code and text) when it
 * answered. {@code broken} when the connection cannot be used for the next mail.
 */
final class SmtpException extends Exception {

    private final boolean broken;

    SmtpException(String message, boolean broken) {
        super(message);
        this.broken = broken;
    }

    SmtpException(String message, Throwable cause) {
        super(message + " (" + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()) + ")",
                cause);
        this.broken = true;
    }

    boolean broken() {
        return broken;
    }
}
