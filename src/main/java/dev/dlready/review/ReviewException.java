package dev.dlready.review;

/** A review request that cannot be done, with a message that says what to do instead. */
public class ReviewException extends RuntimeException {
    public ReviewException(String message) {
        super(message);
    }
}
