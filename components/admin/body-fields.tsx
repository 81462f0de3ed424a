// The fields of the body editor's details form, as data for EditorForm.
import type { FieldSpec } from '@/components/ui/form-field';
import { BODY_CLASSIFICATIONS } from '@/lib/bodies/schemas';
import type { BodyChoices, EditorBody } from '@/lib/bodies/editor-queries';

const words = (value: string) => value.replace(/_/g, ' ');
const capital = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

type Body = Pick<EditorBody, 'name' | 'shortName' | 'classification' | 'jurisdictionId' | 'parentId' | 'url'>;

export function bodyFields(choices: BodyChoices, body?: Body): FieldSpec[] {
  return [
    {
      name: 'name',
      label: 'Name',
      required: true,
      hint: 'E.g. "Los Angeles City Council".',
      defaultValue: body?.name ?? '',
    },
    { name: 'shortName', label: 'Short name', hint: 'E.g. "City Council".', defaultValue: body?.shortName ?? '' },
    {
      name: 'classification',
      label: 'Kind of body',
      kind: 'select',
      required: true,
      options: BODY_CLASSIFICATIONS.map((value) => ({ value, label: capital(words(value)) })),
      defaultValue: body?.classification ?? 'legislature',
    },
    {
      name: 'jurisdictionId',
      label: 'Jurisdiction',
      kind: 'select',
      emptyOption: 'None',
      options: choices.jurisdictions,
      defaultValue: body?.jurisdictionId ? String(body.jurisdictionId) : '',
    },
    {
      name: 'parentId',
      label: 'Part of',
      kind: 'select',
      emptyOption: 'None (a top-level body)',
      options: choices.bodies,
      hint: 'The chamber of a committee, the committee of a subcommittee.',
      defaultValue: body?.parentId ? String(body.parentId) : '',
    },
    {
      name: 'url',
      label: 'Web address',
      kind: 'url',
      hint: 'A full http:// or https:// address.',
      wide: true,
      defaultValue: body?.url ?? '',
    },
  ];
}
