/** An EDTF date in words ("c. 2003", "December 2022"), as the reader shows it; the EDTF if invalid. */
import { parseEdtf } from '../model/dates/parseEdtf.ts';
import { parseSimpleEdtf } from '../model/dates/parseSimpleEdtf.ts';

export function formatEdtf(edtf: string): string {
  const simple = parseSimpleEdtf(edtf);
  if (simple) return simple.label;
  const parsed = parseEdtf(edtf);
  return parsed.ok ? parsed.value.label : edtf;
}
