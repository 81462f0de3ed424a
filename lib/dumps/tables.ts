// What the nightly dump publishes: an explicit allowlist of public tables and, for each, of its columns. Anything not
// named here is never read: accounts, sessions, positions, notes, follows, saved searches, notifications, API keys,
// the audit trail (its before/after copies can hold private fields) and user ids on public rows (who overrode a
// status, who added a relation) stay out. A new column stays out of the dump until it is added here.
export type DumpTable = {
  name: string;
  file: string;
  columns: string[];
  /** The columns the dump pages through in order (default: the id); part of `columns`. */
  key?: string[];
  /** Only the public rows of a table that also holds private ones (a SQL condition on the table's own columns). */
  where?: string;
};

export const DUMP_TABLES: DumpTable[] = [
  {
    name: 'Jurisdiction',
    file: 'jurisdictions',
    columns: ['id', 'slug', 'name', 'classification', 'ocdId', 'createdAt', 'updatedAt'],
  },
  {
    name: 'Body',
    file: 'bodies',
    columns: [
      'id',
      'slug',
      'name',
      'shortName',
      'classification',
      'jurisdictionId',
      'parentId',
      'url',
      'createdAt',
      'updatedAt',
    ],
  },
  {
    name: 'Person',
    file: 'people',
    columns: ['id', 'slug', 'name', 'givenName', 'familyName', 'url', 'createdAt', 'updatedAt'],
  },
  { name: 'ExternalIdentifier', file: 'identifiers', columns: ['id', 'scheme', 'value', 'personId', 'bodyId'] },
  {
    name: 'LegislativeSession',
    file: 'sessions',
    columns: ['id', 'bodyId', 'identifier', 'name', 'startDate', 'endDate'],
  },
  {
    name: 'Membership',
    file: 'memberships',
    columns: ['id', 'personId', 'bodyId', 'role', 'district', 'state', 'party', 'startDate', 'endDate', 'sessionId'],
  },
  {
    name: 'Measure',
    file: 'measures',
    columns: [
      'id',
      'slug',
      'identifier',
      'normalizedIdentifier',
      'type',
      'title',
      'summary',
      'text',
      'textUrl',
      'subjects',
      'jurisdictionId',
      'originBodyId',
      'sessionId',
      'introducedOn',
      'stage',
      'outcome',
      'currentBodyId',
      'finalBodyId',
      'stageDate',
      'outcomeDate',
      'lawType',
      'lawNumber',
      'lastActionDate',
      'overrideStage',
      'overrideOutcome',
      'overrideReason',
      'overrideAt',
      'createdAt',
      'updatedAt',
    ],
  },
  {
    name: 'Action',
    file: 'actions',
    columns: [
      'id',
      'measureId',
      'position',
      'date',
      'datePrecision',
      'actingBodyId',
      'relatedBodyId',
      'text',
      'sourceCode',
      'sourceSystem',
      'classification',
      'createdAt',
    ],
  },
  {
    name: 'Sponsorship',
    file: 'sponsorships',
    columns: [
      'id',
      'measureId',
      'personId',
      'bodyId',
      'nameAsGiven',
      'kind',
      'isOriginal',
      'sponsoredOn',
      'withdrawnOn',
      'position',
    ],
  },
  {
    name: 'MeasureTarget',
    file: 'addressees',
    columns: ['id', 'measureId', 'verb', 'bodyId', 'personId', 'entityName', 'roleAsWritten', 'quote', 'position'],
  },
  {
    name: 'MeasureRelation',
    file: 'relations',
    columns: [
      'id',
      'type',
      'fromMeasureId',
      'toMeasureId',
      'targetIdentifier',
      'targetNormalized',
      'targetJurisdictionText',
      'evidenceQuote',
      'evidenceUrl',
      'addedByLabel',
      'createdAt',
    ],
  },
  { name: 'Source', file: 'sources', columns: ['id', 'url', 'title', 'publisher', 'kind', 'publishedOn', 'createdAt'] },
  {
    name: 'SourceCitation',
    file: 'citations',
    columns: ['id', 'sourceId', 'measureId', 'actionId', 'personId', 'bodyId', 'note'],
  },
  {
    name: 'Campaign',
    file: 'campaigns',
    columns: ['id', 'slug', 'name', 'description', 'createdAt', 'updatedAt'],
  },
  {
    // Confirmed members only: a member's proposal is not public until an editor confirms it, and who proposed or
    // confirmed it (user ids) stays out.
    name: 'CampaignMeasure',
    file: 'campaign-measures',
    columns: ['campaignId', 'measureId', 'role', 'note', 'confirmedAt', 'createdAt'],
    key: ['campaignId', 'measureId'],
    where: `"status" = 'CONFIRMED'`,
  },
  {
    name: 'PlaceDistrict',
    file: 'place-districts',
    columns: ['id', 'jurisdictionId', 'state', 'district', 'sourceUrl', 'note', 'createdAt'],
  },
  {
    name: 'Meeting',
    file: 'meetings',
    columns: ['id', 'externalId', 'bodyId', 'bodyName', 'startsAt', 'location', 'status', 'url', 'updatedAt'],
  },
  {
    name: 'MeetingItem',
    file: 'meeting-items',
    columns: ['id', 'meetingId', 'position', 'title', 'actionText', 'measureId'],
  },
];
