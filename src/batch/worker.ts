import { parentPort } from 'node:worker_threads';
import { extractClaims } from '../extract.js';
import type { ReplyMessage, TaskMessage } from './types.js';

/** A worker thread of extractMany: reads each text it is sent and posts its claims back. */
const port = parentPort;
if (!port) throw new Error('claimtally: the batch worker runs only as a worker thread (see extractMany)');

port.on('message', (message: TaskMessage) => port.postMessage(run(message)));

function run({ id, text, options }: TaskMessage): ReplyMessage {
  try {
    return { id, claims: extractClaims(text, options) };
  } catch (error) {
    const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
    return { id, error: { name, message, stack } };
  }
}
