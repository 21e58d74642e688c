package eu.fami.cli;

/** A usage problem found while running a command (exit code 2), reported without a stack trace. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
