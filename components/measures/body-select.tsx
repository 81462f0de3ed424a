'use client';

/**
 * The measures list's body filter. A client component only so that its options travel to the browser as compact
 * [slug, name] pairs: rendered on the server, each of a hundred or more <option> elements went out twice, in HTML and
 * again as an element in React's payload (20 of the filtered list's 96 KB). The HTML is the same either way, and the
 * form works without JavaScript.
 */
export function BodySelect({ value, options }: { value?: string; options: [slug: string, name: string][] }) {
  return (
    <label>
      Body
      <select name="body" defaultValue={value ?? ''}>
        <option value="">All bodies</option>
        {options.map(([slug, name]) => (
          <option key={slug} value={slug}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}
