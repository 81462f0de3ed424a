// A council CSV sample (docs/import-csv.md) for the invented Sampleton City Council of open-civic-data.ts: one
// measure for each outcome a council's minutes give. `expected` is the status each should import to.
import { SAMPLE_CITY } from './open-civic-data';

export type CsvMeasureSample = {
  measure: string;
  type: string;
  title: string;
  introduced: string;
  summary: string;
  actions: { date: string; text: string }[];
  sponsors: { name: string; role: 'primary' | 'cosponsor' }[];
  addressees: { name: string; role: string; verb: string }[];
  expected: { stage: string; outcome: string };
};

export const CSV_PATH = 'council-csv/sampleton-council.csv';

const intro = (date: string) => ({ date, text: 'Introduced' });

export const CSV_MEASURES: CsvMeasureSample[] = [
  {
    measure: 'CF 26-9001',
    type: 'resolution',
    title: 'Resolution supporting sample data (a sample)',
    introduced: '2026-01-13',
    summary: 'Urges the state to publish sample data.',
    actions: [intro('2026-01-13'), { date: '2026-01-20', text: 'Adopted' }],
    sponsors: [
      { name: 'Iris Example', role: 'primary' },
      { name: 'Jon Sampleworth', role: 'cosponsor' },
    ],
    addressees: [
      { name: 'Governor of Oregon', role: 'Governor', verb: 'urges' },
      { name: SAMPLE_CITY.council, role: '', verb: 'calls_upon' },
    ],
    expected: { stage: 'passed_origin', outcome: 'adopted' },
  },
  {
    measure: 'CF 26-9002',
    type: 'motion',
    title: 'Motion on a sample survey, with a comma (a sample)',
    introduced: '2026-02-03',
    summary: 'A motion its mover withdrew.',
    actions: [intro('2026-02-03'), { date: '2026-02-10', text: 'Withdrawn' }],
    sponsors: [{ name: 'Jon Sampleworth', role: 'primary' }],
    addressees: [],
    expected: { stage: 'introduced', outcome: 'withdrawn' },
  },
  {
    measure: 'CF 26-9003',
    type: 'resolution',
    title: 'Resolution "tabled" by the council (a sample)',
    introduced: '2026-03-03',
    summary: 'Set aside by a motion to table.',
    actions: [intro('2026-03-03'), { date: '2026-03-10', text: 'Motion to table agreed to' }],
    sponsors: [{ name: 'Iris Example', role: 'primary' }],
    addressees: [],
    expected: { stage: 'introduced', outcome: 'tabled' },
  },
  {
    measure: 'CF 26-9004',
    type: 'resolution',
    title: 'Communication received and filed (a sample)',
    introduced: '2026-04-07',
    summary: 'Received and filed without a vote.',
    actions: [intro('2026-04-07'), { date: '2026-04-14', text: 'Received and filed' }],
    sponsors: [],
    addressees: [],
    expected: { stage: 'introduced', outcome: 'filed' },
  },
  {
    measure: 'CF 26-9005',
    type: 'ordinance',
    title: 'Ordinance on sample fees (a sample)',
    introduced: '2026-05-05',
    summary: 'An ordinance the council voted down.',
    actions: [intro('2026-05-05'), { date: '2026-05-19', text: 'Failed of passage' }],
    sponsors: [{ name: 'Jon Sampleworth', role: 'primary' }],
    addressees: [],
    expected: { stage: 'introduced', outcome: 'failed' },
  },
  {
    measure: 'CF 26-9006',
    type: 'resolution',
    title: 'Resolution still in committee (a sample)',
    introduced: '2026-06-02',
    summary: 'Referred, nothing after.',
    actions: [intro('2026-06-02'), { date: '2026-06-02', text: 'Referred to the Rules Committee' }],
    sponsors: [{ name: 'Iris Example', role: 'primary' }],
    addressees: [],
    expected: { stage: 'referred', outcome: 'pending' },
  },
];

const HEADER = ['record', 'measure', 'body', 'type', 'title', 'date', 'text', 'name', 'role', 'verb'] as const;
type Row = Partial<Record<(typeof HEADER)[number], string>>;

const cell = (value: string | undefined) =>
  value === undefined ? '' : /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

export function councilCsv(): string {
  const rows: Row[] = CSV_MEASURES.flatMap((m): Row[] => [
    {
      record: 'measure',
      measure: m.measure,
      body: SAMPLE_CITY.council,
      type: m.type,
      title: m.title,
      date: m.introduced,
      text: m.summary,
    },
    ...m.actions.map((a): Row => ({ record: 'action', measure: m.measure, date: a.date, text: a.text })),
    ...m.sponsors.map((s): Row => ({ record: 'sponsor', measure: m.measure, name: s.name, role: s.role })),
    ...m.addressees.map((a): Row => ({
      record: 'addressee',
      measure: m.measure,
      name: a.name,
      role: a.role || undefined,
      verb: a.verb,
    })),
  ]);
  return `${[HEADER.join(','), ...rows.map((r) => HEADER.map((h) => cell(r[h])).join(','))].join('\n')}\n`;
}
