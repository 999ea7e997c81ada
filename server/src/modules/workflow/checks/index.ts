// Content checks run before review: dictionary words (错敏词), personal data, injected spam and
// hidden links. Pure functions, no database. Rules and severities: README.md.
export type { CheckerKind, CheckInput, ContentChecker, DictionaryCategory, DictionaryEntry, Finding, Severity } from './types.js';
export { createContentChecker } from './checker.js';
export { defaultDictionary } from './default-dictionary.js';
export { htmlToText } from './html.js';
