// The fields of the measure editor's forms, as data for EditorForm: one place says what each form asks.
import type { FieldOption, FieldSpec } from '@/components/ui/form-field';
import { isoDate, measureTypeLabels } from '@/lib/format';
import type { EditorChoices, EditorMeasure } from '@/lib/measures/editor-queries';
import { relationLabels } from '@/lib/measures/relations';
import { choices } from '@/lib/measures/schemas';
import { OCD_ACTION_CLASSIFICATIONS, LOCAL_ACTION_CLASSIFICATIONS, outcomeLabel, stageLabel } from '@/lib/status';

const words = (value: string) => value.replace(/_/g, ' ');
const capital = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);
const day = (date: Date | null | undefined) => (date ? isoDate(date) : '');

export const typeOptions: FieldOption[] = choices.MEASURE_TYPES.map((value) => ({
  value,
  label: measureTypeLabels[value],
}));
export const verbOptions: FieldOption[] = choices.TARGET_VERBS.map((value) => ({
  value,
  label: capital(words(value)),
}));
export const relationOptions: FieldOption[] = choices.RELATION_TYPES.map((value) => ({
  value,
  label: relationLabels[value].outgoing,
}));
export const sourceKindOptions: FieldOption[] = choices.SOURCE_KINDS.map((value) => ({
  value,
  label: capital(words(value)),
}));

type Measure = Pick<
  EditorMeasure,
  | 'identifier'
  | 'type'
  | 'title'
  | 'summary'
  | 'text'
  | 'textUrl'
  | 'originBodyId'
  | 'sessionId'
  | 'introducedOn'
  | 'subjects'
>;

export function measureFields(options: EditorChoices, measure?: Measure): FieldSpec[] {
  return [
    {
      name: 'identifier',
      label: 'Identifier',
      hint: 'As written, e.g. "H.Res. 240" or "CF 21-0002". Leave empty when unknown.',
      defaultValue: measure?.identifier ?? '',
    },
    {
      name: 'type',
      label: 'Type',
      kind: 'select',
      required: true,
      options: typeOptions,
      defaultValue: measure?.type ?? 'resolution',
    },
    { name: 'title', label: 'Title', required: true, wide: true, defaultValue: measure?.title ?? '' },
    {
      name: 'originBodyId',
      label: 'Body it comes from',
      kind: 'select',
      required: true,
      emptyOption: 'Choose a body',
      options: options.bodies,
      defaultValue: measure ? String(measure.originBodyId) : '',
    },
    {
      name: 'sessionId',
      label: 'Session',
      kind: 'select',
      emptyOption: 'None or unknown',
      options: options.sessions,
      defaultValue: measure?.sessionId ? String(measure.sessionId) : '',
    },
    { name: 'introducedOn', label: 'Date introduced', kind: 'date', defaultValue: day(measure?.introducedOn) },
    {
      name: 'subjects',
      label: 'Subjects',
      hint: 'Separated by commas.',
      defaultValue: measure?.subjects.join(', ') ?? '',
    },
    {
      name: 'textUrl',
      label: 'Link to the text',
      kind: 'url',
      hint: 'A full http:// or https:// address.',
      wide: true,
      defaultValue: measure?.textUrl ?? '',
    },
    { name: 'summary', label: 'Summary', kind: 'textarea', wide: true, defaultValue: measure?.summary ?? '' },
    { name: 'text', label: 'Text', kind: 'textarea', wide: true, defaultValue: measure?.text ?? '' },
  ];
}

type Action = EditorMeasure['actions'][number];

export function actionFields(options: EditorChoices, action?: Action): FieldSpec[] {
  return [
    {
      name: 'date',
      label: 'Date',
      required: true,
      placeholder: 'YYYY-MM-DD',
      hint: 'YYYY-MM or YYYY when only that is known.',
      defaultValue: action ? isoDate(action.date, action.datePrecision) : '',
    },
    {
      name: 'text',
      label: 'Action text',
      required: true,
      wide: true,
      hint: 'As published.',
      defaultValue: action?.text ?? '',
    },
    {
      name: 'actingBodyId',
      label: 'Acting body',
      kind: 'select',
      emptyOption: 'None or unknown',
      options: options.bodies,
      defaultValue: action?.actingBodyId ? String(action.actingBodyId) : '',
    },
    {
      name: 'relatedBodyId',
      label: 'Sent to',
      kind: 'select',
      emptyOption: 'None',
      options: options.bodies,
      hint: 'The committee of a referral, the executive on presentment.',
      defaultValue: action?.relatedBodyId ? String(action.relatedBodyId) : '',
    },
    {
      name: 'sourceCode',
      label: 'Source action code',
      hint: 'E.g. a Congress.gov code "H11100".',
      defaultValue: action?.sourceCode ?? '',
    },
    {
      name: 'classification',
      label: 'Classification',
      hint: `Leave empty to classify from the text. Known: ${[...OCD_ACTION_CLASSIFICATIONS, ...LOCAL_ACTION_CLASSIFICATIONS].join(', ')}.`,
      defaultValue: action?.classification.join(', ') ?? '',
      wide: true,
    },
  ];
}

type Sponsorship = EditorMeasure['sponsorships'][number];

export function sponsorshipFields(options: EditorChoices, sponsorship?: Sponsorship): FieldSpec[] {
  return [
    {
      name: 'personId',
      label: 'Person',
      kind: 'select',
      emptyOption: 'Not in the database (type the name)',
      options: options.people,
      defaultValue: sponsorship?.personId ? String(sponsorship.personId) : '',
    },
    {
      name: 'nameAsGiven',
      label: 'Name as given',
      hint: 'As the source writes it; taken from the person when left empty.',
      defaultValue: sponsorship?.nameAsGiven ?? '',
    },
    {
      name: 'kind',
      label: 'Role',
      kind: 'select',
      required: true,
      options: [
        { value: 'primary', label: 'Primary sponsor' },
        { value: 'cosponsor', label: 'Cosponsor' },
      ],
      defaultValue: sponsorship?.kind ?? 'cosponsor',
    },
    {
      name: 'isOriginal',
      label: 'Original cosponsor',
      kind: 'checkbox',
      defaultValue: sponsorship?.isOriginal ? 'on' : '',
    },
    { name: 'sponsoredOn', label: 'Date sponsored', kind: 'date', defaultValue: day(sponsorship?.sponsoredOn) },
    { name: 'withdrawnOn', label: 'Date withdrawn', kind: 'date', defaultValue: day(sponsorship?.withdrawnOn) },
  ];
}

type Target = EditorMeasure['targets'][number];

export function targetFields(options: EditorChoices, target?: Target): FieldSpec[] {
  return [
    {
      name: 'verb',
      label: 'The measure',
      kind: 'select',
      required: true,
      options: verbOptions,
      defaultValue: target?.verb ?? 'calls_upon',
    },
    {
      name: 'bodyId',
      label: 'Body',
      kind: 'select',
      emptyOption: 'None',
      options: options.bodies,
      defaultValue: target?.bodyId ? String(target.bodyId) : '',
    },
    {
      name: 'personId',
      label: 'Person',
      kind: 'select',
      emptyOption: 'None',
      options: options.people,
      defaultValue: target?.personId ? String(target.personId) : '',
    },
    {
      name: 'entityName',
      label: 'Or name',
      hint: 'A government or entity not in the database, e.g. "Azerbaijan".',
      defaultValue: target?.entityName ?? '',
    },
    {
      name: 'roleAsWritten',
      label: 'Role as written',
      hint: 'E.g. "Secretary of State".',
      defaultValue: target?.roleAsWritten ?? '',
    },
    { name: 'quote', label: 'Quoted clause', kind: 'textarea', wide: true, defaultValue: target?.quote ?? '' },
  ];
}

export function relationFields(options: EditorChoices, measureId: number): FieldSpec[] {
  return [
    {
      name: 'type',
      label: 'This measure',
      kind: 'select',
      required: true,
      options: relationOptions,
      defaultValue: 'endorses',
    },
    {
      name: 'toMeasureId',
      label: 'Related measure',
      kind: 'select',
      emptyOption: 'Not in the database (type its identifier)',
      options: options.measures.filter((m) => m.value !== String(measureId)),
      wide: true,
    },
    {
      name: 'targetIdentifier',
      label: 'Or its identifier',
      hint: 'When the measure is not in the database yet, e.g. "H.Res. 240".',
    },
    { name: 'targetJurisdictionText', label: 'Its jurisdiction', hint: 'E.g. "United States".' },
    { name: 'evidenceQuote', label: 'Evidence (quote)', kind: 'textarea', wide: true },
    { name: 'evidenceUrl', label: 'Evidence link', kind: 'url' },
  ];
}

type Relation = EditorMeasure['relationsFrom'][number];

/** A relation edited in place: its type and evidence (another target is a new relation). */
export function relationEditFields(relation: Relation): FieldSpec[] {
  return [
    {
      name: 'type',
      label: 'This measure',
      kind: 'select',
      required: true,
      options: relationOptions,
      defaultValue: relation.type,
    },
    {
      name: 'evidenceQuote',
      label: 'Evidence (quote)',
      kind: 'textarea',
      wide: true,
      defaultValue: relation.evidenceQuote ?? '',
    },
    { name: 'evidenceUrl', label: 'Evidence link', kind: 'url', defaultValue: relation.evidenceUrl ?? '' },
  ];
}

type Citation = EditorMeasure['citations'][number];

/** A citation edited in place: its note and the source's details, which every measure citing it shows. */
export function citationEditFields(citation: Citation): FieldSpec[] {
  const source = citation.source;
  return [
    {
      name: 'title',
      label: 'Title',
      required: true,
      wide: true,
      hint: 'Changes the source wherever it is cited.',
      defaultValue: source.title,
    },
    {
      name: 'kind',
      label: 'Kind',
      kind: 'select',
      required: true,
      options: sourceKindOptions,
      defaultValue: source.kind,
    },
    { name: 'url', label: 'Address', kind: 'url', defaultValue: source.url ?? '' },
    { name: 'publisher', label: 'Publisher', defaultValue: source.publisher ?? '' },
    { name: 'publishedOn', label: 'Published on', kind: 'date', defaultValue: day(source.publishedOn) },
    { name: 'note', label: 'Note', wide: true, defaultValue: citation.note ?? '' },
  ];
}

export function citationFields(options: EditorChoices): FieldSpec[] {
  return [
    {
      name: 'sourceId',
      label: 'Known source',
      kind: 'select',
      emptyOption: 'A new source (fill in below)',
      options: options.sources,
      wide: true,
    },
    { name: 'title', label: 'Title of a new source' },
    { name: 'kind', label: 'Kind', kind: 'select', emptyOption: 'Choose', options: sourceKindOptions },
    { name: 'url', label: 'Address', kind: 'url', hint: 'Leave empty when the source has no address.' },
    { name: 'publisher', label: 'Publisher' },
    { name: 'publishedOn', label: 'Published on', kind: 'date' },
    { name: 'note', label: 'Note', wide: true },
  ];
}

export function overrideFields(
  measure: Pick<EditorMeasure, 'type' | 'overrideStage' | 'overrideOutcome' | 'overrideReason'>,
): FieldSpec[] {
  return [
    {
      name: 'overrideStage',
      label: 'Stage',
      kind: 'select',
      emptyOption: 'Keep the derived stage',
      options: choices.STAGES.map((s) => ({ value: s, label: stageLabel(s, measure.type) })),
      defaultValue: measure.overrideStage ?? '',
    },
    {
      name: 'overrideOutcome',
      label: 'Outcome',
      kind: 'select',
      emptyOption: 'Keep the derived outcome',
      options: choices.OUTCOMES.map((o) => ({ value: o, label: outcomeLabel(o) })),
      defaultValue: measure.overrideOutcome ?? '',
    },
    {
      name: 'reason',
      label: 'Reason',
      required: true,
      wide: true,
      hint: 'Why the derived status is wrong; shown on the public page.',
      defaultValue: measure.overrideReason ?? '',
    },
  ];
}
