// unitedstates/congress-legislators: legislators-current.yaml (people, their ids and terms) and
// committees-current.yaml (committees and their subcommittees, with thomas ids).
import { importedWebAddress } from '../web-address';
import { FieldError } from '../errors';
import type { ExternalId } from '../people';
import { isMap, parseYaml, requireText, scalar, type YamlMap } from '../yaml';

export type Term = {
  type: 'rep' | 'sen';
  start: string;
  end: string | null;
  state: string;
  district: string | null;
  party: string | null;
};

export type Legislator = { name: string; givenName: string; familyName: string; ids: ExternalId[]; terms: Term[] };

export type Committee = {
  type: 'house' | 'senate' | 'joint';
  name: string;
  thomasId: string;
  url: string | null;
  subcommittees: { name: string; thomasId: string }[];
};

function list(text: string, what: string): unknown[] {
  const doc = parseYaml(text);
  if (!Array.isArray(doc)) throw new FieldError('line 1', `expected a list of ${what} at the top of the file`);
  return doc;
}

function map(value: unknown, where: string): YamlMap {
  if (!isMap(value)) throw new FieldError(where, 'expected a mapping');
  return value;
}

/** Every id the file gives, bioguide first; lists (fec) give one id each. */
function ids(id: YamlMap): ExternalId[] {
  const out: ExternalId[] = [];
  const order = ['bioguide', ...Object.keys(id).filter((k) => k !== 'bioguide')];
  for (const scheme of order) {
    const value = id[scheme];
    for (const v of Array.isArray(value) ? value : [value]) {
      const text = scalar(v);
      if (text) out.push({ scheme, value: text });
    }
  }
  return out;
}

function term(value: unknown, where: string): Term {
  const t = map(value, where);
  const type = requireText(t, 'type', where);
  if (type !== 'rep' && type !== 'sen')
    throw new FieldError(`${where}.type`, `"${type}" is not a term type (rep or sen)`);
  const district = scalar(t.district);
  return {
    type,
    start: requireText(t, 'start', where),
    end: scalar(t.end),
    state: requireText(t, 'state', where),
    district: type === 'rep' ? (district === '0' ? 'At Large' : district) : null,
    party: scalar(t.party),
  };
}

export function parseLegislators(text: string): Legislator[] {
  return list(text, 'legislators').map((entry, i) => {
    const where = `[${i + 1}]`;
    const person = map(entry, where);
    const id = map(person.id, `${where}.id`);
    requireText(id, 'bioguide', `${where}.id`);
    const name = map(person.name, `${where}.name`);
    const givenName = requireText(name, 'first', `${where}.name`);
    const familyName = requireText(name, 'last', `${where}.name`);
    const terms = person.terms;
    if (!Array.isArray(terms) || !terms.length)
      throw new FieldError(`${where}.terms`, 'required field "terms" is missing or empty');
    return {
      name: scalar(name.official_full) ?? `${givenName} ${familyName}`,
      givenName,
      familyName,
      ids: ids(id),
      terms: terms.map((t, j) => term(t, `${where}.terms[${j + 1}]`)),
    };
  });
}

export function parseCommittees(text: string): Committee[] {
  return list(text, 'committees').map((entry, i) => {
    const where = `[${i + 1}]`;
    const c = map(entry, where);
    const type = requireText(c, 'type', where);
    if (type !== 'house' && type !== 'senate' && type !== 'joint')
      throw new FieldError(`${where}.type`, `"${type}" is not house, senate or joint`);
    const subcommittees = Array.isArray(c.subcommittees) ? c.subcommittees : [];
    return {
      type,
      name: requireText(c, 'name', where),
      thomasId: requireText(c, 'thomas_id', where),
      url: importedWebAddress(scalar(c.url), `${where}.url`),
      subcommittees: subcommittees.map((s, j) => {
        const sub = map(s, `${where}.subcommittees[${j + 1}]`);
        return {
          name: requireText(sub, 'name', `${where}.subcommittees[${j + 1}]`),
          thomasId: requireText(sub, 'thomas_id', `${where}.subcommittees[${j + 1}]`),
        };
      }),
    };
  });
}
