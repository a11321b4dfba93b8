/** Bad command-line arguments: the CLI prints the message and the usage, and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    /** The command whose usage to show; the general usage when absent. */
    readonly command?: string,
  ) {
    super(message);
  }
}
