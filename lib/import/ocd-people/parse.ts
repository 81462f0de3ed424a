// An Open Civic Data person (the openstates/people YAML format): one person per file, with roles in jurisdictions.
import { FieldError } from '../errors';
import { isMap, parseYaml, requireText, scalar } from '../yaml';

export type OcdRole = {
  type: string;
  district: string | null;
  jurisdiction: string;
  startDate: string | null;
  endDate: string | null;
};

export type OcdPerson = {
  id: string;
  name: string;
  givenName: string | null;
  familyName: string | null;
  party: string | null;
  roles: OcdRole[];
};

export function parseOcdPerson(text: string): OcdPerson {
  const doc = parseYaml(text);
  if (!isMap(doc)) throw new FieldError('line 1', 'expected a mapping (id, name, roles) at the top of the file');
  const id = requireText(doc, 'id', 'person');
  if (!id.startsWith('ocd-person/')) throw new FieldError('person.id', `"${id}" is not an ocd-person id`);
  const roles = Array.isArray(doc.roles) ? doc.roles : [];
  if (!roles.length) throw new FieldError('person.roles', 'required field "roles" is missing or empty');
  const parties = Array.isArray(doc.party) ? doc.party.filter(isMap) : [];
  return {
    id,
    name: requireText(doc, 'name', 'person'),
    givenName: scalar(doc.given_name),
    familyName: scalar(doc.family_name),
    party: parties.map((p) => scalar(p.name)).find(Boolean) ?? null,
    roles: roles.map((value, i) => {
      const where = `person.roles[${i + 1}]`;
      if (!isMap(value)) throw new FieldError(where, 'expected a mapping');
      const jurisdiction = requireText(value, 'jurisdiction', where);
      if (!jurisdiction.startsWith('ocd-jurisdiction/'))
        throw new FieldError(`${where}.jurisdiction`, `"${jurisdiction}" is not an ocd-jurisdiction id`);
      return {
        type: requireText(value, 'type', where),
        district: scalar(value.district),
        jurisdiction,
        startDate: scalar(value.start_date),
        endDate: scalar(value.end_date),
      };
    }),
  };
}
