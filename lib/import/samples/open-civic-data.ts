// Open Civic Data person samples (the openstates/people YAML format): two members of an invented city council.
// The council CSV sample (council-csv.ts) names them as sponsors, so importing these first gives it its body.
import { yamlDocument } from './yaml-text';

export const SAMPLE_CITY = {
  name: 'Sampleton',
  jurisdiction: 'ocd-jurisdiction/country:us/state:or/place:sampleton/government',
  council: 'Sampleton City Council',
};

export type OcdSample = {
  path: string;
  id: string;
  name: string;
  givenName: string;
  familyName: string;
  district: string;
  party: string;
  startDate: string;
};

export const OCD_SAMPLES: OcdSample[] = [
  {
    path: 'openstates-people/Iris-Example-00000000-0000-4000-8000-000000009001.yml',
    id: 'ocd-person/00000000-0000-4000-8000-000000009001',
    name: 'Iris Example',
    givenName: 'Iris',
    familyName: 'Example',
    district: 'District 3',
    party: 'Nonpartisan',
    startDate: '2024-12-09',
  },
  {
    path: 'openstates-people/Jon-Sampleworth-00000000-0000-4000-8000-000000009002.yml',
    id: 'ocd-person/00000000-0000-4000-8000-000000009002',
    name: 'Jon Sampleworth',
    givenName: 'Jon',
    familyName: 'Sampleworth',
    district: 'District 5',
    party: 'Nonpartisan',
    startDate: '2022-12-12',
  },
];

export function ocdPersonYaml(p: OcdSample): string {
  return yamlDocument({
    id: p.id,
    name: p.name,
    given_name: p.givenName,
    family_name: p.familyName,
    email: `${p.familyName.toLowerCase()}@sampleton.example.org`,
    party: [{ name: p.party }],
    roles: [
      { type: 'council member', district: p.district, jurisdiction: SAMPLE_CITY.jurisdiction, start_date: p.startDate },
    ],
    offices: [{ classification: 'capitol', address: '1 Sample Plaza, Sampleton' }],
    sources: [{ url: 'https://sampleton.example.org/council' }],
  });
}
