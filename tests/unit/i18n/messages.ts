// The chrome's messages, extracted from src/ as the catalogs' tooling: every `t('…')` call's English.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const SRC = new URL('../../../src/', import.meta.url).pathname;
// `t(` then one quoted literal; a message is always a literal, so that it can be found here.
const CALL = /(?<![\w.])t\(\s*'((?:[^'\\]|\\.)*)'/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every message the source asks for, once each, with the files that ask for it. */
export function extractMessages(): Map<string, string[]> {
  const messages = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    for (const match of readFileSync(file, 'utf8').matchAll(CALL)) {
      const message = (match[1] ?? '').replace(/\\(.)/g, '$1');
      messages.set(message, [...(messages.get(message) ?? []), file.slice(SRC.length)]);
    }
  }
  return messages;
}
