/** Where a command writes: the CLI passes stdout/stderr, tests pass collectors. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Standard input, read whole; null when it is a terminal. */
  readonly stdin: () => Promise<string | null>;
}

export class UsageError extends Error {}
