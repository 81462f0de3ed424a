// The fields of the people editor's forms, as data for EditorForm: one place says what each form asks.
import type { FieldSpec } from '@/components/ui/form-field';
import { isoDate } from '@/lib/format';
import type { EditorPerson, MembershipChoices } from '@/lib/people/editor-queries';

const day = (date: Date | null | undefined) => (date ? isoDate(date) : '');

type Person = Pick<EditorPerson, 'name' | 'givenName' | 'familyName' | 'url'>;

export function personFields(person?: Person): FieldSpec[] {
  return [
    {
      name: 'name',
      label: 'Name',
      required: true,
      hint: 'As commonly written, e.g. "Nancy Pelosi".',
      defaultValue: person?.name ?? '',
    },
    { name: 'givenName', label: 'Given name', defaultValue: person?.givenName ?? '' },
    { name: 'familyName', label: 'Family name', hint: 'Lists sort by it.', defaultValue: person?.familyName ?? '' },
    {
      name: 'url',
      label: 'Web address',
      kind: 'url',
      hint: 'A full http:// or https:// address.',
      wide: true,
      defaultValue: person?.url ?? '',
    },
  ];
}

/** Shared with the bodies editor: an external identifier is a scheme and a value. */
export function identifierFields(): FieldSpec[] {
  return [
    { name: 'scheme', label: 'Scheme', required: true, hint: 'E.g. bioguide, ocd-person, wikidata.' },
    { name: 'value', label: 'Value', required: true },
  ];
}

type Membership = EditorPerson['memberships'][number];

export function membershipFields(choices: MembershipChoices, membership?: Membership): FieldSpec[] {
  return [
    {
      name: 'bodyId',
      label: 'Body',
      kind: 'select',
      required: true,
      emptyOption: 'Choose a body',
      options: choices.bodies,
      defaultValue: membership ? String(membership.bodyId) : '',
    },
    {
      name: 'role',
      label: 'Role',
      required: true,
      hint: 'E.g. Representative, Councilmember, Chair.',
      defaultValue: membership?.role ?? '',
    },
    { name: 'district', label: 'District', defaultValue: membership?.district ?? '' },
    { name: 'state', label: 'State', defaultValue: membership?.state ?? '' },
    { name: 'party', label: 'Party', defaultValue: membership?.party ?? '' },
    { name: 'startDate', label: 'Start date', kind: 'date', defaultValue: day(membership?.startDate) },
    {
      name: 'endDate',
      label: 'End date',
      kind: 'date',
      hint: 'Empty while the office is held.',
      defaultValue: day(membership?.endDate),
    },
    {
      name: 'sessionId',
      label: 'Session',
      kind: 'select',
      emptyOption: 'None',
      options: choices.sessions,
      hint: 'When the dates are not known: the session the office is known for.',
      defaultValue: membership?.sessionId ? String(membership.sessionId) : '',
    },
  ];
}
