// Dataset text in the app's strings is isolated when it could move its neighbours, and a stray
// POP DIRECTIONAL ISOLATE cannot close the isolate early.
import { describe, expect, it } from 'vitest';
import { isolate, withoutStrayPdi } from '../../../src/model/isolateText.ts';

describe('isolate', () => {
  it('wraps text with an override or right-to-left letters in FSI … PDI', () => {
    expect(isolate('Evil \u202eNews')).toBe('\u2068Evil \u202eNews\u2069');
    expect(isolate('שלום')).toBe('\u2068שלום\u2069');
    expect(isolate('\u{10900}')).toBe('\u2068\u{10900}\u2069');
  });

  it('leaves left-to-right text as it is', () => {
    expect(isolate('Clinton signs the Rome Statute')).toBe('Clinton signs the Rome Statute');
  });

  it('drops a PDI that closes nothing, so what follows cannot escape', () => {
    expect(isolate('\u2069\u202eflipped')).toBe('\u2068\u202eflipped\u2069');
    expect(withoutStrayPdi('a\u2067b\u2069c\u2069')).toBe('a\u2067b\u2069c');
    expect(withoutStrayPdi('plain')).toBe('plain');
  });
});
