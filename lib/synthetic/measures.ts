// One synthetic measure with its actions and sponsors: a realistic path through its legislature (introduced,
// referred, heard, reported, passed, sent on, enacted or adopted), stopping where chance says it stalls.
import type { Outcome, Stage } from '@/lib/generated/prisma/enums';
import type { Random } from '@/lib/synthetic/random';
import { BILL_VERBS, QUALIFIERS, REGIONS, RESOLUTION_VERBS, SUBJECTS, TOPICS } from '@/lib/synthetic/vocabulary';
import type { ChamberPlan, LegislaturePlan, Prefix, World } from '@/lib/synthetic/world';

export type ActionRow = {
  date: string;
  actingBody: string;
  relatedBody: string | null;
  text: string;
  classification: string[];
};
export type MeasureRow = {
  slug: string;
  identifier: string;
  legislature: LegislaturePlan;
  session: string | null;
  type: Prefix['type'];
  title: string;
  summary: string;
  text: string | null;
  subjects: string[];
  originBody: string;
  introducedOn: string;
  stage: Stage;
  outcome: Outcome;
  currentBody: string;
  lastActionDate: string;
  actions: ActionRow[];
  sponsors: { person: number; kind: 'primary' | 'cosponsor'; name: string }[];
};

const DAY = 86_400_000;
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

function pickWeighted(random: Random, prefixes: Prefix[]): Prefix {
  let roll = random.next() * prefixes.reduce((sum, p) => sum + p.weight, 0);
  for (const prefix of prefixes) if ((roll -= prefix.weight) < 0) return prefix;
  return prefixes[0]!;
}

function title(random: Random, type: Prefix['type']): string {
  const topic = random.pick(TOPICS);
  const qualifier = random.pick(QUALIFIERS);
  if (type === 'bill' || type === 'ordinance')
    return `${random.pick(BILL_VERBS)} ${topic}${qualifier ? ` ${qualifier}` : ''}.`;
  const region = random.chance(0.35) ? ` in ${random.pick(REGIONS)}` : '';
  return `${random.pick(RESOLUTION_VERBS)} efforts on ${topic}${region}${qualifier ? ` ${qualifier}` : ''}.`;
}

function summary(random: Random, measureTitle: string, sponsor: string): string {
  const topic = random.pick(TOPICS);
  return (
    `Introduced by ${sponsor}. ${measureTitle.replace(/\.$/, '')}; the measure also addresses ${topic} and asks for ` +
    `a report within ${random.int(2, 24)} months. It would cost an estimated $${random.int(1, 900)} million.`
  );
}

/** Counters of identifiers already given, per legislature, session and prefix. */
export type NumberCounters = Map<string, number>;

export function generateMeasure(random: Random, world: World, counters: NumberCounters): MeasureRow {
  const roll = random.next();
  const kind = roll < 0.4 ? 'congress' : roll < 0.8 ? 'state' : 'city';
  const candidates = world.legislatures.filter((l) => l.kind === kind);
  const legislature = random.pick(candidates);
  const origin: ChamberPlan = random.pick(legislature.chambers);
  const prefix = pickWeighted(random, origin.prefixes);

  const session = legislature.sessions.length > 0 ? random.pick(legislature.sessions) : null;
  const year = session ? session.year + random.int(0, 1) : random.int(2013, 2024);
  const counterKey = `${legislature.body}|${session?.identifier ?? year}|${prefix.prefix}`;
  const number = (counters.get(counterKey) ?? 0) + 1;
  counters.set(counterKey, number);
  const identifier =
    kind === 'city'
      ? `CF ${String(year % 100).padStart(2, '0')}-${String(number).padStart(4, '0')}`
      : `${prefix.prefix} ${number}`;
  const slugParts = [
    world.jurisdictions.find((j) => j.key === legislature.jurisdiction)!.slug,
    session?.identifier,
    identifier,
  ];
  const slug = slugParts
    .filter(Boolean)
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-+$/, '');

  const start = Date.UTC(year, random.int(0, 11), random.int(1, 28));
  const measureTitle = title(random, prefix.type);
  const sponsorIndexes = random.sample(origin.members, 1 + (random.chance(0.6) ? random.int(1, 8) : 0));
  const sponsors = sponsorIndexes.map((person, index) => ({
    person,
    kind: index === 0 ? ('primary' as const) : ('cosponsor' as const),
    name: `${origin.memberTitle} ${world.people[person]!.familyName}`,
  }));

  const { actions, stage, outcome, currentBody } = path(random, legislature, origin, prefix.type, start);
  return {
    slug,
    identifier,
    legislature,
    session: session?.identifier ?? null,
    type: prefix.type,
    title: measureTitle,
    summary: summary(random, measureTitle, sponsors[0]!.name),
    text: random.chance(0.1)
      ? `Whereas ${random.pick(TOPICS)} matters to every resident; and whereas ${random.pick(TOPICS)} needs attention; now, therefore, be it resolved: ${measureTitle}`
      : null,
    subjects: random.sample(SUBJECTS, random.int(1, 3)),
    originBody: origin.body,
    introducedOn: actions[0]!.date,
    stage,
    outcome,
    currentBody,
    lastActionDate: actions.at(-1)!.date,
    actions,
    sponsors,
  };
}

function path(random: Random, legislature: LegislaturePlan, origin: ChamberPlan, type: Prefix['type'], start: number) {
  const actions: ActionRow[] = [];
  let time = start;
  const add = (actingBody: string, text: string, classification: string[], relatedBody: string | null = null) => {
    actions.push({ date: iso(time), actingBody, relatedBody, text, classification });
    time += random.int(1, 40) * DAY;
  };
  const committee = random.pick(origin.committees);
  const committeeName = committee.split(' Committee on ').at(-1) ?? committee;
  const simple = type === 'resolution' || type === 'motion';
  const target = random.int(8, 16);
  let stage: Stage = 'introduced';
  const outcome: Outcome = 'pending';
  let currentBody = origin.body;

  add(origin.body, `Introduced in the ${origin.name}`, ['introduction']);
  add(origin.body, `Referred to the Committee on ${committeeName}.`, ['referral-committee'], committee);
  stage = 'in_committee';
  currentBody = committee;
  const fillers = () => {
    const options: [string, string[]][] = [
      [`Hearing held by the Committee on ${committeeName}.`, ['committee-hearing']],
      [`Cosponsors added (${random.int(1, 12)}).`, []],
      [`Amendment ${random.int(1, 9)} offered and agreed to by voice vote.`, ['amendment-passage']],
      [`Public comment received; item continued to a later meeting.`, []],
      [`Fiscal note requested from the budget office.`, []],
    ];
    const [text, classification] = random.pick(options);
    add(currentBody, text, classification);
  };
  while (actions.length < target - 3) fillers();
  if (random.chance(0.45)) return { actions, stage, outcome, currentBody };

  add(
    committee,
    `Reported favorably by the Committee on ${committeeName}, ${random.int(5, 20)} to ${random.int(0, 6)}.`,
    ['committee-passage-favorable'],
  );
  stage = 'reported';
  currentBody = origin.body;
  if (random.chance(0.25)) return { actions, stage, outcome, currentBody };
  if (random.chance(0.08)) {
    add(origin.body, `Failed of passage in the ${origin.name}, ${random.int(10, 40)} to ${random.int(41, 90)}.`, [
      'failure',
    ]);
    return { actions, stage: 'reported' as Stage, outcome: 'failed' as Outcome, currentBody };
  }
  add(
    origin.body,
    `${simple ? 'Adopted' : 'Passed'} by the ${origin.name} by a recorded vote of ${random.int(50, 99)} to ${random.int(0, 49)}.`,
    ['passage'],
  );
  if (simple || legislature.chambers.length === 1) {
    if (type === 'resolution' || type === 'motion')
      return { actions, stage: 'passed_all' as Stage, outcome: 'adopted' as Outcome, currentBody };
  }
  stage = 'passed_origin';
  const other = legislature.chambers.find((c) => c.body !== origin.body);
  if (other) {
    add(
      origin.body,
      `Received in the ${other.name} and referred to committee.`,
      ['receipt', 'referral-committee'],
      other.body,
    );
    currentBody = other.body;
    if (random.chance(0.4)) return { actions, stage, outcome, currentBody };
    add(other.body, `Passed by the ${other.name} without amendment.`, ['passage']);
  }
  stage = 'passed_all';
  if (type === 'concurrent_resolution') return { actions, stage, outcome: 'adopted' as Outcome, currentBody };
  add(origin.body, 'Presented to the executive for signature.', ['executive-receipt'], legislature.executive);
  currentBody = legislature.executive;
  if (random.chance(0.1)) {
    add(legislature.executive, 'Vetoed by the executive.', ['executive-veto']);
    return { actions, stage: 'sent_to_executive' as Stage, outcome: 'vetoed' as Outcome, currentBody };
  }
  add(legislature.executive, `Signed by the executive; became law No. ${random.int(1, 400)}.`, [
    'executive-signature',
    'became-law',
  ]);
  return { actions, stage: 'enacted' as Stage, outcome: 'became_law' as Outcome, currentBody };
}
