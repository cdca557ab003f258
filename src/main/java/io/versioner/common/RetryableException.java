package io.versioner.common;

/** An {@link ApiException} that tells the client when to try again ({@code Retry-After}). */
public class RetryableException extends ApiException {
    private final long retryAfterSeconds;

    public RetryableException(int status, String detail, long retryAfterSeconds) {
        super(status, detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
