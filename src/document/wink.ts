import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import type Model from 'wink-eng-lite-web-model';

type WinkInstance = ReturnType<typeof winkNLP>;

let instance: WinkInstance | null = null;

/**
 * The one wink instance of the process, built on first use (wink's custom entities bind to the
 * first). wink and its model (~60 ms to load, ~70 ms to build) are required here, not imported,
 * so that importing claimtally costs nothing until the first call.
 */
export function wink(): WinkInstance {
  if (instance) return instance;
  const require = createRequire(import.meta.url);
  const create = require('wink-nlp') as typeof winkNLP;
  const model = require('wink-eng-lite-web-model') as typeof Model;
  instance = create(model, ['sbd']);
  return instance;
}
