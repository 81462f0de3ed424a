import Link from '@/components/ui/link';
import type { NameMatches as Names } from '@/lib/search/names';

/** People and bodies whose names are close to the words typed (typos included). */
export function NameMatches({ names }: { names: Names }) {
  if (names.people.length === 0 && names.bodies.length === 0) return null;
  return (
    <section aria-labelledby="name-matches" className="name-matches">
      <h2 id="name-matches">People and bodies</h2>
      <ul className="plain-list">
        {names.people.map((person) => (
          <li key={`p-${person.slug}`}>
            <Link href={`/people/${person.slug}`}>{person.name}</Link> <span className="muted">person</span>
          </li>
        ))}
        {names.bodies.map((body) => (
          <li key={`b-${body.slug}`}>
            <Link href={`/bodies/${body.slug}`}>{body.name}</Link> <span className="muted">body</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
