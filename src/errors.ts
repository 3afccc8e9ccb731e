/**
 * An expected failure (bad usage, unreadable file, bad configuration): the CLI prints its
 * message on one line, without a stack trace, and exits with `exitCode`.
 */
export class CharterError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'CharterError';
    this.exitCode = exitCode;
  }
}
