import { describe, expect, it } from 'vitest';
import { publishedLabel } from '../../../src/model/dates/publishedLabel.ts';

describe('publishedLabel', () => {
  it('reads a full ISO date as a reader would say it', () => {
    expect(publishedLabel('2023-03-17')).toBe('17 March 2023');
  });

  it('shows anything else as written, including dates that do not exist', () => {
    expect(publishedLabel('2023')).toBe('2023');
    expect(publishedLabel('March 2023')).toBe('March 2023');
    expect(publishedLabel('2023-02-30')).toBe('2023-02-30');
  });
});
