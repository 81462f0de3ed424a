import { describe, expect, it } from 'vitest';
import { describeChange } from '@/lib/notifications/describe-change';

describe('describeChange', () => {
  it('names a status change', () => {
    expect(
      describeChange({
        entityType: 'measure',
        operation: 'update',
        before: { stage: 'introduced', outcome: 'pending' },
        after: { stage: 'in_committee', outcome: 'pending' },
      }),
    ).toBe('Status changed: stage introduced → in committee');
  });
  it('names an action by its text, a removed sponsor by its name, and other edits by their fields', () => {
    expect(
      describeChange({
        entityType: 'action',
        operation: 'create',
        before: null,
        after: { text: 'Referred to committee' },
      }),
    ).toBe('Action added: Referred to committee');
    expect(
      describeChange({
        entityType: 'sponsorship',
        operation: 'delete',
        before: { nameAsGiven: 'Ms. Lee' },
        after: null,
      }),
    ).toBe('Sponsor removed: Ms. Lee');
    expect(
      describeChange({
        entityType: 'measure',
        operation: 'update',
        before: { title: 'A' },
        after: { title: 'B', version: 2 },
      }),
    ).toBe('Details updated: title');
    expect(describeChange({ entityType: 'person', operation: 'create', before: null, after: { name: 'X' } })).toBe(
      'Added to the tracker',
    );
  });
});
