export { analyze } from './analyze';
export { ParagraphCache } from './paragraphs';
export { detectDateline, isValidIsoDate } from './dateline';
export { toContract, eventsToCsv, annotationsToCsv, CONTRACT_VERSION } from './contract';
export type * from './types';
export { chunkedAnalysis, chunkBounds, combineChunks, DEFAULT_CHUNK_CHARS } from './chunked';
export { toBrat, BRAT_CONF } from './brat';
export { isFacilityNoun, isGroupNoun, isLeadersRegime, isNamedEntity, isNameText, UNNAMED_HOLDER } from './types';
export { isPronounForm } from './quotes';
