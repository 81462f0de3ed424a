// A small XML writer for the samples: elements as nested arrays, written indented by two spaces as GPO's files are.
// The two Bill Status layouts differ in how they write an empty element (`<links />` in the older files,
// `<links/>` in the current ones), so that is a choice of the caller.

/** An element: its name (with its attributes, if any: `dublinCore xmlns:dc="..."`) and its content (text, CDATA, child elements, or nothing for an empty element). */
export type XmlElement = [name: string, content?: string | XmlCdata | XmlContent];
export type XmlContent = (XmlElement | null | false | undefined)[];
export type XmlCdata = { cdata: string };

export const cdata = (text: string): XmlCdata => ({ cdata: text });

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export type XmlStyle = { emptyElement: (name: string) => string };
export const SPACED_EMPTY: XmlStyle = { emptyElement: (name) => `<${name} />` };
export const TIGHT_EMPTY: XmlStyle = { emptyElement: (name) => `<${name}/>` };

function write(element: XmlElement, depth: number, style: XmlStyle, out: string[]) {
  const [opening, content] = element;
  const name = opening.split(' ')[0]!;
  const pad = '  '.repeat(depth);
  if (content === undefined || content === '' || (Array.isArray(content) && !content.some(Boolean))) {
    out.push(pad + style.emptyElement(opening));
  } else if (typeof content === 'string') {
    out.push(`${pad}<${opening}>${escape(content)}</${name}>`);
  } else if (!Array.isArray(content)) {
    out.push(`${pad}<${opening}><![CDATA[${content.cdata}]]></${name}>`);
  } else {
    out.push(`${pad}<${opening}>`);
    for (const child of content) if (child) write(child, depth + 1, style, out);
    out.push(`${pad}</${name}>`);
  }
}

/** The document: the XML declaration, then the root element. */
export function xmlDocument(root: XmlElement, style: XmlStyle, declaration: string): string {
  const out = [declaration];
  write(root, 0, style, out);
  return `${out.join('\n')}\n`;
}
