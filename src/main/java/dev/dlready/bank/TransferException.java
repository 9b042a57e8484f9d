package dev.dlready.bank;

/** An import or export that cannot be done as asked; the message says what to do instead. Nothing was saved. */
public class TransferException extends RuntimeException {

    public TransferException(String message) {
        super(message);
    }
}
