/** Reading corpus folders (NAME.txt + NAME.json pairs) and scoring extracted claims against them. */
export { readCorpus } from './read.js';
export { AnnotationError, readAnnotation } from './validate.js';
export { score, type Finding, type FindingType, type Score } from './score.js';
export { matchClaims, type Match } from './match.js';
export { evaluateCorpus, type ArticleResult, type Evaluation, type Extract } from './evaluate.js';
export { FIGURE_NAMES, toFigures, addTallies, type Figure, type FigureName, type Figures, type Tally, type Part } from './figures.js';
export { readFloors, unmetFloors, type Floors, type UnmetFloor } from './floor.js';
export { describeFinding, formatFindings, formatTable, formatUnmet, toJson } from './report.js';
export type { AnnotatedClaim, Annotation, Corpus, CorpusArticle, CorpusProblem, DateBound, PeriodReading } from './types.js';
