/** The slice of the untyped `edtf` package that Sourceline uses. */
declare module 'edtf' {
  interface EdtfBitmask {
    value: number;
  }
  /** A parsed EDTF value: a Date, Interval, Season, Set, List, Year, Decade or Century. */
  interface EdtfValue {
    type: string;
    /** First millisecond covered (UTC); may be NaN, ±Infinity or null for open intervals. */
    min: number | null;
    /** Last millisecond covered (UTC). */
    max: number | null;
    /** The value re-serialised: differs from the input when the parser corrected it. */
    edtf: string;
    values?: number[];
    approximate?: EdtfBitmask;
    uncertain?: EdtfBitmask;
    unspecified?: EdtfBitmask;
    lower?: EdtfValue | null;
    upper?: EdtfValue | null;
  }
  export default function edtf(input: string, options?: { level?: number }): EdtfValue;
  /** The classes of dates and intervals (compared with instanceof: minifiers rename classes). */
  export const Date: abstract new (...args: never[]) => EdtfValue;
  export const Interval: abstract new (...args: never[]) => EdtfValue;
  /** The grammar's reading of a string; its `type` names the EDTF kind ("Season", "Set", …). */
  export function parse(input: string, options?: { level?: number }): { type: string };
}
