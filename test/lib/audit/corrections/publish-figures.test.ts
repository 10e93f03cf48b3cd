import { describe, expect, it } from 'vitest';
import { publishStep } from '../../../../src/lib/audit/corrections/publish-figures.ts';
import { DIGEST, figures } from './figures.ts';

const stamp = { date: '2024-04-12', dataDigest: DIGEST };

describe('publishStep', () => {
  it('creates the record of a period published for the first time', () => {
    expect(publishStep('2023', undefined, figures(1, 2, 3), stamp)).toEqual({
      action: 'create',
      record: {
        periodId: '2023',
        versions: [{ recordedOn: '2024-04-12', dataDigest: DIGEST, figures: figures(1, 2, 3) }],
      },
    });
  });

  it('leaves equal figures alone and appends a version when they were corrected, keeping the first', () => {
    const existing = {
      periodId: '2023',
      versions: [{ recordedOn: '2024-04-12', dataDigest: DIGEST, figures: figures(1, 2, 3) }],
    };
    expect(publishStep('2023', existing, figures(1, 2, 3), stamp)).toEqual({ action: 'unchanged' });
    const step = publishStep('2023', existing, figures(1, 2, 4), { ...stamp, date: '2024-06-01' });
    expect(step.action).toBe('append');
    if (step.action !== 'append') return;
    expect(step.record.versions.map((v) => v.recordedOn)).toEqual(['2024-04-12', '2024-06-01']);
    expect(step.changes).toBe(4);
  });
});
