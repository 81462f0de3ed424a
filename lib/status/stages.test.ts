import { describe, expect, it } from 'vitest';
import { finalStage, outcomeLabel, stageLabel, stagesForType } from './stages';

describe('stagesForType', () => {
  it('ends a simple resolution when its own body adopts it, labelled "Adopted"', () => {
    const steps = stagesForType('resolution', 2);
    expect(steps.at(-1)).toBe('passed_origin');
    expect(steps.map((s) => stageLabel(s, 'resolution'))).toEqual([
      'Introduced',
      'Referred to committee',
      'In committee',
      'Reported',
      'Scheduled for floor',
      'Adopted',
    ]);
  });

  it('takes a concurrent resolution through both chambers but not to the executive', () => {
    expect(stagesForType('concurrent_resolution', 2).slice(-2)).toEqual(['passed_origin', 'passed_all']);
  });

  it('takes a bill through both chambers and the executive', () => {
    expect(stagesForType('bill', 2).slice(-4)).toEqual(['passed_origin', 'passed_all', 'sent_to_executive', 'enacted']);
    expect(stageLabel('passed_origin', 'bill')).toBe('Passed');
    expect(stageLabel('passed_all', 'bill')).toBe('Passed both chambers');
  });

  it('has no "passed both chambers" step in a one-chamber body', () => {
    expect(stagesForType('ordinance', 1)).not.toContain('passed_all');
    expect(finalStage('ordinance', 1)).toBe('enacted');
    expect(finalStage('concurrent_resolution', 1)).toBe('passed_origin');
  });

  it('labels a motion adopted, like a resolution', () => {
    expect(stageLabel('passed_origin', 'motion')).toBe('Adopted');
  });
});

describe('outcomeLabel', () => {
  it('names every outcome for readers', () => {
    expect(outcomeLabel('filed')).toBe('Filed without action');
    expect(outcomeLabel('expired')).toBe('Expired at end of session');
    expect(outcomeLabel('tabled')).toBe('Tabled');
  });
});
