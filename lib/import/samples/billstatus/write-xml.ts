// Writes a Bill Status sample in one of the two layouts GPO's files use, element for element as the real files
// (../shared/fixtures/billstatus-samples: legacy/ for the older layout, formatChange/future/ for the current one):
// - legacy: elements in alphabetical order, <billNumber>, <billType>, <committees><billCommittees>, one
//   <committee> per action, <subjects><billSubjects>, <summaries><billSummaries>, <createDate>, `<x />` when empty
//   (with <textVersions>, as the older layout's later files in formatChange/current have them);
//   the bill's own <latestAction> comes BEFORE <relatedBills> (whose items carry their own latestAction);
// - current (3.0.0): <version>, <number>, <type>, <updateDateIncludingText>, <committees><item>, <committees> per
//   action, <legislativeSubjects>, <summaries><summary>, <textVersions>, `<x/>` when empty, the bill's own
//   <latestAction> last.
import { fullName, type SampleMember } from '../people';
import { cdata, SPACED_EMPTY, TIGHT_EMPTY, xmlDocument, type XmlContent, type XmlElement } from '../xml-text';
import { SOURCES, type BillSample, type SampleAction, type SampleCosponsor } from './spec';

const DUBLIN_CORE: XmlElement = [
  'dublinCore xmlns:dc="http://purl.org/dc/elements/1.1/"',
  [
    ['dc:format', 'text/xml'],
    ['dc:language', 'EN'],
    [
      'dc:rights',
      'Written by the Resolution Tracker project as a test sample: the bill, its people and its facts are invented.',
    ],
    ['dc:contributor', 'Resolution Tracker samples (lib/import/samples)'],
    [
      'dc:description',
      'A sample in the Bill Status XML layout of the U.S. Government Publishing Office. Not real legislation.',
    ],
  ],
];

/** "H.R." for HR, as the older layout writes a related bill's type. */
const DOTTED: Record<string, string> = {
  HR: 'H.R.',
  S: 'S.',
  HRES: 'H.Res.',
  SRES: 'S.Res.',
  HCONRES: 'H.Con.Res.',
  SCONRES: 'S.Con.Res.',
  HJRES: 'H.J.Res.',
  SJRES: 'S.J.Res.',
};

const lower = (code: string) => code.toLowerCase();
const textUrl = (b: BillSample, code: string) =>
  `https://www.govinfo.gov/content/pkg/BILLS-${b.congress}${lower(b.billType)}${b.number}${code}/xml/BILLS-${b.congress}${lower(b.billType)}${b.number}${code}.xml`;
const latest = (b: BillSample) => b.latestAction ?? { date: b.actions.at(-1)!.date, text: b.actions.at(-1)!.text };
const newestFirst = <T>(list: T[]) => [...list].reverse();
const camel = (type: string) =>
  type.replace(/[^A-Za-z0-9]+(.)/g, (_m, c: string) => c.toUpperCase()).replace(/^./, (c) => c.toLowerCase());

function counts(actions: SampleAction[], key: (a: SampleAction) => string | null): XmlContent {
  const tally = new Map<string, number>();
  for (const a of actions) {
    const k = key(a);
    if (k) tally.set(k, (tally.get(k) ?? 0) + 1);
  }
  return [...tally].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]): XmlElement => [k, String(n)]);
}

// ---- the older layout -------------------------------------------------------------------------------------------

function legacyPerson(m: SampleMember, extra: XmlContent): XmlContent {
  return [
    ['bioguideId', m.bioguideId],
    m.district !== undefined && ['district', String(m.district)],
    ['firstName', m.firstName],
    ['fullName', fullName(m)],
    ...extra.slice(0, 1),
    ['lastName', m.lastName],
    ['middleName', m.middleName],
    ['party', m.party],
    ...extra.slice(1),
    ['state', m.state],
    ['identifiers', [['bioguideId', m.bioguideId], ['gpoId'], ['lisID']]],
  ];
}

function legacyCosponsor(c: SampleCosponsor): XmlElement {
  return [
    'item',
    legacyPerson(c.member, [
      ['isOriginalCosponsor', c.original ? 'True' : 'False'],
      ['sponsorshipDate', c.date],
      ['sponsorshipWithdrawnDate', c.withdrawn],
    ]),
  ];
}

function legacyAction(a: SampleAction): XmlElement {
  return [
    'item',
    [
      a.code !== undefined && ['actionCode', a.code],
      ['actionDate', a.date],
      [
        'committee',
        a.committee
          ? [
              ['name', a.committee.name],
              ['systemCode', a.committee.systemCode],
            ]
          : undefined,
      ],
      ['links'],
      [
        'sourceSystem',
        [
          ['code', SOURCES[a.source].code],
          ['name', SOURCES[a.source].name],
        ],
      ],
      ['text', a.text],
      ['type', a.type],
    ],
  ];
}

function legacy(b: BillSample): string {
  const activities = (list: { name: string; date: string }[]): XmlElement => [
    'activities',
    newestFirst(list).map((x): XmlElement => [
      'item',
      [
        ['date', x.date],
        ['name', x.name],
      ],
    ]),
  ];
  const bill: XmlContent = [
    [
      'actions',
      [
        [
          'actionByCounts',
          counts(b.actions, (a) =>
            a.source === 'senate' ? 'senate' : a.source === 'loc' ? null : 'houseOfRepresentatives',
          ),
        ],
        ['actionTypeCounts', counts(b.actions, (a) => camel(a.type))],
        ...newestFirst(b.actions).map(legacyAction),
      ],
    ],
    ['amendments'],
    ['billNumber', String(b.number)],
    ['billType', b.billType],
    ['calendarNumbers'],
    ['cboCostEstimates'],
    ['committeeReports'],
    [
      'committees',
      [
        [
          'billCommittees',
          b.committees.map(({ committee, activities: acts, subcommittees }): XmlElement => [
            'item',
            [
              activities(acts),
              ['chamber', committee.chamber],
              ['name', committee.billStatusName],
              [
                'subcommittees',
                (subcommittees ?? []).map((s): XmlElement => [
                  'item',
                  [activities(s.activities), ['name', s.name], ['systemCode', s.systemCode]],
                ]),
              ],
              ['systemCode', committee.systemCode],
              ['type', 'Standing'],
            ],
          ]),
        ],
      ],
    ],
    ['congress', String(b.congress)],
    ['cosponsors', b.cosponsors.map(legacyCosponsor)],
    ['createDate', b.createDate],
    ['introducedDate', b.introducedDate],
    ['isReserved', 'False'],
    ['latestAction', [['actionDate', latest(b).date], ['links'], ['text', latest(b).text]]],
    [
      'laws',
      b.laws.map((l): XmlElement => [
        'item',
        [
          ['number', l.number],
          ['type', l.type],
        ],
      ]),
    ],
    ['notes'],
    ['originChamber', b.originChamber],
    ['policyArea', [['name', b.policyArea]]],
    ['recordedVotes'],
    [
      'relatedBills',
      b.relatedBills.map((r): XmlElement => [
        'item',
        [
          ['congress', String(r.congress)],
          [
            'latestAction',
            [
              ['actionDate', r.latestAction.date],
              ['text', r.latestAction.text],
            ],
          ],
          ['latestTitle', r.title],
          ['number', String(r.number)],
          [
            'relationshipDetails',
            [
              [
                'item',
                [
                  ['identifiedBy', 'CRS'],
                  ['type', r.relationship],
                ],
              ],
            ],
          ],
          ['type', DOTTED[r.type] ?? r.type],
        ],
      ]),
    ],
    ['sponsors', [['item', legacyPerson(b.sponsor, [['byRequestType']])]]],
    [
      'subjects',
      [
        [
          'billSubjects',
          [
            ['legislativeSubjects', b.subjects.map((s): XmlElement => ['item', [['name', s]]])],
            ['policyArea', [['name', b.policyArea]]],
          ],
        ],
      ],
    ],
    [
      'summaries',
      [
        [
          'billSummaries',
          b.summaries.map((s): XmlElement => [
            'item',
            [
              ['actionDate', s.date],
              ['actionDesc', s.actionDesc],
              ['text', cdata(s.text)],
              ['lastSummaryUpdateDate', `${s.date}T16:00:00Z`],
              ['name', s.actionDesc],
              ['updateDate', `${s.date}T04:00:00Z`],
              ['versionCode', s.versionCode],
            ],
          ]),
        ],
      ],
    ],
    // The 114th Congress's files have no <textVersions>; the older layout's later files (formatChange/current) do.
    [
      'textVersions',
      newestFirst(b.textVersions).map((t): XmlElement => [
        'item',
        [
          ['date', `${t.date}T04:00:00Z`],
          ['formats', [['item', [['url', textUrl(b, t.code)]]]]],
          ['type', t.type],
        ],
      ]),
    ],
    ['title', b.title],
    [
      'titles',
      [
        [
          'item',
          [
            ['chamberCode'],
            ['chamberName'],
            ['parentTitleType'],
            ['title', b.title],
            ['titleType', 'Official Title as Introduced'],
          ],
        ],
        [
          'item',
          [['chamberCode'], ['chamberName'], ['parentTitleType'], ['title', b.title], ['titleType', 'Display Title']],
        ],
      ],
    ],
    ['updateDate', b.updateDate],
  ];
  return xmlDocument(
    ['billStatus', [['bill', bill], DUBLIN_CORE]],
    SPACED_EMPTY,
    '<?xml version="1.0" encoding="UTF-8"?>',
  );
}

// ---- the current layout (3.0.0) -----------------------------------------------------------------------------------

function currentPerson(m: SampleMember): XmlContent {
  return [
    ['bioguideId', m.bioguideId],
    ['fullName', fullName(m)],
    ['firstName', m.firstName],
    ['lastName', m.lastName],
    ['party', m.party],
    ['state', m.state],
    ['identifiers', [['bioguideId', m.bioguideId]]],
    m.middleName !== undefined && ['middleName', m.middleName],
    m.district !== undefined && ['district', String(m.district)],
  ];
}

function currentAction(a: SampleAction): XmlElement {
  const source = SOURCES[a.source];
  return [
    'item',
    [
      ['actionDate', a.date],
      ['text', a.text],
      ['type', a.type],
      a.code !== undefined && ['actionCode', a.code],
      // The current layout gives the Senate's own actions a source name without a code.
      [
        'sourceSystem',
        a.source === 'senate'
          ? [['name', source.name]]
          : [
              ['code', source.code],
              ['name', source.name],
            ],
      ],
      a.committee && [
        'committees',
        [
          [
            'item',
            [
              ['systemCode', a.committee.systemCode],
              ['name', a.committee.name],
            ],
          ],
        ],
      ],
    ],
  ];
}

function current(b: BillSample): string {
  const activities = (list: { name: string; date: string }[]): XmlElement => [
    'activities',
    newestFirst(list).map((x): XmlElement => [
      'item',
      [
        ['name', x.name],
        ['date', x.date],
      ],
    ]),
  ];
  const bill: XmlContent = [
    ['number', String(b.number)],
    ['updateDate', b.updateDate],
    ['updateDateIncludingText', b.updateDate],
    ['originChamber', b.originChamber],
    ['type', b.billType],
    ['introducedDate', b.introducedDate],
    ['congress', String(b.congress)],
    [
      'committees',
      b.committees.map(({ committee, activities: acts, subcommittees }): XmlElement => [
        'item',
        [
          ['systemCode', committee.systemCode],
          ['name', committee.billStatusName],
          ['chamber', committee.chamber],
          ['type', 'Standing'],
          subcommittees?.length
            ? [
                'subcommittees',
                subcommittees.map((s): XmlElement => [
                  'item',
                  [['systemCode', s.systemCode], ['name', s.name], activities(s.activities)],
                ]),
              ]
            : null,
          activities(acts),
        ],
      ]),
    ],
    b.relatedBills.length > 0 && [
      'relatedBills',
      b.relatedBills.map((r): XmlElement => [
        'item',
        [
          ['title', r.title],
          ['congress', String(r.congress)],
          ['number', String(r.number)],
          ['type', r.type],
          [
            'latestAction',
            [
              ['actionDate', r.latestAction.date],
              ['text', r.latestAction.text],
            ],
          ],
          [
            'relationshipDetails',
            [
              [
                'item',
                [
                  ['type', r.relationship],
                  ['identifiedBy', 'CRS'],
                ],
              ],
            ],
          ],
        ],
      ]),
    ],
    ['actions', newestFirst(b.actions).map(currentAction)],
    ['sponsors', [['item', [...currentPerson(b.sponsor), ['isByRequest', 'N']]]]],
    b.cosponsors.length > 0 && [
      'cosponsors',
      b.cosponsors.map((c): XmlElement => [
        'item',
        [
          ...currentPerson(c.member),
          ['sponsorshipDate', c.date],
          ['isOriginalCosponsor', c.original ? 'True' : 'False'],
          ['sponsorshipWithdrawnDate', c.withdrawn],
        ],
      ]),
    ],
    [
      'laws',
      b.laws.map((l): XmlElement => [
        'item',
        [
          ['type', l.type],
          ['number', l.number],
        ],
      ]),
    ],
    ['policyArea', [['name', b.policyArea]]],
    [
      'subjects',
      [
        ['legislativeSubjects', b.subjects.map((s): XmlElement => ['item', [['name', s]]])],
        ['policyArea', [['name', b.policyArea]]],
      ],
    ],
    [
      'summaries',
      b.summaries.map((s): XmlElement => [
        'summary',
        [
          ['versionCode', s.versionCode],
          ['actionDate', s.date],
          ['actionDesc', s.actionDesc],
          ['updateDate', `${s.date}T16:00:00Z`],
          ['text', cdata(s.text)],
        ],
      ]),
    ],
    ['title', b.title],
    [
      'titles',
      [
        [
          'item',
          [
            ['titleType', 'Display Title'],
            ['title', b.title],
          ],
        ],
        [
          'item',
          [
            ['titleType', 'Official Title as Introduced'],
            ['title', b.title],
          ],
        ],
      ],
    ],
    [
      'textVersions',
      newestFirst(b.textVersions).map((t): XmlElement => [
        'item',
        [
          ['type', t.type],
          ['date', `${t.date}T04:00:00Z`],
          ['formats', [['item', [['url', textUrl(b, t.code)]]]]],
        ],
      ]),
    ],
    [
      'latestAction',
      [
        ['actionDate', latest(b).date],
        ['text', latest(b).text],
      ],
    ],
  ];
  return xmlDocument(
    ['billStatus', [['version', '3.0.0'], ['bill', bill], DUBLIN_CORE]],
    TIGHT_EMPTY,
    '<?xml version="1.0" encoding="utf-8" standalone="no"?>',
  );
}

export function billStatusXml(sample: BillSample): string {
  return sample.layout === 'legacy' ? legacy(sample) : current(sample);
}
