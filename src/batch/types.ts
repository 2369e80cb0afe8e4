import type { Claim, ExtractOptions } from '../types.js';

/** The options of extractMany: extractClaims's, shared by every text, and the thread count. */
export interface BatchOptions extends ExtractOptions {
  /** Worker threads to use; all cores (`os.availableParallelism()`) by default, 1 runs in this thread. */
  readonly jobs?: number;
}

/** One text of a batch, alone or with options of its own (which override the shared ones). */
export type BatchText = string | { readonly text: string; readonly options?: ExtractOptions };

/** One text to read, its options merged and checked. */
export interface Task {
  readonly text: string;
  readonly options: ExtractOptions | undefined;
}

/** Where the texts are read: in this thread or on worker threads, one promise per text. */
export interface ClaimPool {
  /** `cancelled`, asked before the text is sent to a thread: when true, it is rejected unread. */
  extract(task: Task, cancelled?: () => boolean): Promise<Claim[]>;
  /** Stops the workers; pending texts are rejected. */
  close(): Promise<void>;
}

/** main thread → worker */
export interface TaskMessage extends Task {
  readonly id: number;
}

/** worker → main thread */
export type ReplyMessage =
  | { readonly id: number; readonly claims: Claim[] }
  | { readonly id: number; readonly error: { readonly name: string; readonly message: string; readonly stack: string | undefined } };
