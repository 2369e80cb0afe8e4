import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkInstance = ReturnType<typeof winkNLP>;

let instance: WinkInstance | null = null;

/** The one wink instance of the process, built on first use (wink's custom entities bind to the first). */
export function wink(): WinkInstance {
  instance ??= winkNLP(model, ['sbd']);
  return instance;
}
