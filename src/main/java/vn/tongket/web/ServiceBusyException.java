package vn.tongket.web;

/**
 * The service refuses work it has no room for right now (every rendering slot and the queue in front of them taken):
 * 503 with Retry-After, never a queue that grows until memory runs out.
 */
public class ServiceBusyException extends RuntimeException {

    private final int retryAfterSeconds;

    public ServiceBusyException(int retryAfterSeconds) {
        super("busy, retry after " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
