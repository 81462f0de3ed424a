// Data for the search tests, made fresh in its own jurisdiction so the tests can narrow to it (the test database
// is shared with other files, and may hold the seed's own H.Res. 240).
import type { DbClient } from '@/lib/db/client';
import { createBody, createJurisdiction, createMeasure, createPerson, uniqueSlug } from '@/prisma/factories';

export async function createSearchFixture(db: DbClient) {
  const jurisdiction = await createJurisdiction(db, {
    name: `Searchland ${uniqueSlug('j')}`,
    classification: 'country',
  });
  const house = await createBody(db, {
    name: 'House of Searchland',
    classification: 'chamber',
    jurisdictionId: jurisdiction.id,
  });
  const council = await createBody(db, { name: 'Searchland City Council', jurisdictionId: jurisdiction.id });
  const session117 = await db.legislativeSession.create({
    data: { bodyId: house.id, identifier: '117', name: '117th Congress' },
  });
  const session116 = await db.legislativeSession.create({
    data: { bodyId: house.id, identifier: '116', name: '116th Congress' },
  });
  const krekorian = await createPerson(db, { name: 'Paul Krekorian' });
  const schiff = await createPerson(db, { name: 'Adam Schiff' });

  const hres240 = await createMeasure(db, {
    identifier: 'H.Res. 240',
    title: 'Calling on Azerbaijan to immediately release all prisoners of war and captured civilians.',
    originBodyId: house.id,
    jurisdictionId: jurisdiction.id,
    sessionId: session117.id,
    subjects: ['Armenia', 'Prisoners of war'],
    actions: [
      { date: '2021-03-16', text: 'Introduced in House', classification: ['introduction'] },
      {
        date: '2021-03-16',
        text: 'Referred to the House Committee on Foreign Affairs.',
        classification: ['referral-committee'],
      },
    ],
    sponsors: [{ personId: schiff.id }],
  });
  const older240 = await createMeasure(db, {
    identifier: 'H.Res. 240',
    title: 'Expressing support for the designation of National Sourdough Week.',
    originBodyId: house.id,
    jurisdictionId: jurisdiction.id,
    sessionId: session116.id,
  });
  // Mentions H.Res. 240 in its title more often than H.Res. 240 itself does: the identifier must still win.
  const mention = await createMeasure(db, {
    identifier: 'H.Res. 9001',
    title: 'Supporting H.Res. 240 of the 117th Congress; H.Res. 240 deserves a vote (H.Res. 240).',
    originBodyId: house.id,
    jurisdictionId: jurisdiction.id,
    sessionId: session117.id,
    subjects: ['Armenia'],
    sponsors: [{ personId: schiff.id }, { personId: krekorian.id }],
  });
  const councilFile = await createMeasure(db, {
    identifier: 'CF 21-0002-S1',
    type: 'motion',
    title: 'Resolution urging the release of Armenian prisoners of war held by Azerbaijan.',
    originBodyId: council.id,
    jurisdictionId: jurisdiction.id,
    subjects: ['Armenia', 'Human rights'],
    actions: [{ date: '2021-04-21', text: 'Adopted by the council, unanimous vote', classification: ['passage'] }],
    sponsors: [{ personId: krekorian.id }],
  });
  await db.measure.update({
    where: { id: councilFile.id },
    data: {
      stage: 'passed_all',
      outcome: 'adopted',
      introducedOn: new Date('2021-04-01'),
      lastActionDate: new Date('2021-04-21'),
    },
  });
  await db.measure.update({
    where: { id: hres240.id },
    data: { stage: 'in_committee', introducedOn: new Date('2021-03-16'), lastActionDate: new Date('2021-03-16') },
  });
  return { jurisdiction, house, council, session117, krekorian, schiff, hres240, older240, mention, councilFile };
}

export type SearchFixture = Awaited<ReturnType<typeof createSearchFixture>>;
