// The import's validation half in a worker thread (parsing, metadata, sanitising, content checks),
// so that it runs on a second core while the main thread writes to the database. Started by the
// `import` command when it runs from the built bundle; see modules/library/import-export.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { validateLine } from './modules/library/index.js';
import { createContentChecker, importCheckWith, type DictionaryEntry } from './modules/workflow/index.js';

const check = importCheckWith(createContentChecker((workerData as { dictionary: DictionaryEntry[] }).dictionary));

parentPort!.on('message', (message: { id: number; lines: Array<{ lineNo: number; text: string }> }) => {
  parentPort!.postMessage({ id: message.id, results: message.lines.map((l) => validateLine(l.lineNo, l.text, check)) });
});
