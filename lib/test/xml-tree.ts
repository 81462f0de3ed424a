// Test helper: a small XML reader of its own, so tests can check what the importer read from a file against a
// reading that shares none of its code (the importer uses fast-xml-parser). Elements, text and CDATA; attributes,
// comments and declarations are skipped.

export type XmlElement = { name: string; children: XmlElement[]; text: string };

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

const TOKEN =
  /<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<[?!][\s\S]*?>|<\/([^\s>]+)\s*>|<([^\s/>]+)[^>]*?(\/?)>|([^<]+)/g;

export function readXmlTree(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', children: [], text: '' };
  const stack = [root];
  for (const m of xml.matchAll(TOKEN)) {
    const top = stack.at(-1)!;
    if (m[1] !== undefined) top.text += m[1];
    else if (m[2] !== undefined) {
      if (top.name !== m[2]) throw new Error(`</${m[2]}> closes <${top.name}>`);
      top.text = top.text.trim();
      stack.pop();
    } else if (m[3] !== undefined) {
      const element: XmlElement = { name: m[3], children: [], text: '' };
      top.children.push(element);
      if (!m[4]) stack.push(element);
    } else if (m[5] !== undefined) top.text += decode(m[5]);
  }
  return root;
}

/** The children named `name` of each element on the path, in document order. */
export function all(element: XmlElement | undefined, ...path: string[]): XmlElement[] {
  let current = element ? [element] : [];
  for (const name of path) current = current.flatMap((e) => e.children.filter((c) => c.name === name));
  return current;
}

export function one(element: XmlElement | undefined, ...path: string[]): XmlElement | undefined {
  return all(element, ...path)[0];
}

/** The text of the first element on the path, or null when it is missing or empty. */
export function textAt(element: XmlElement | undefined, ...path: string[]): string | null {
  return one(element, ...path)?.text.trim() || null;
}
