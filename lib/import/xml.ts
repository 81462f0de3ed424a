// XML read with fast-xml-parser: pure JavaScript, maintained, fast on files of this size (tens of KB), and its
// validator reports the line and column of the first error. Every repeated element ("item", "summary") is read as
// an array so both Bill Status layouts look the same to the code that reads them.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FieldError } from './errors';

export type XmlNode = { [name: string]: XmlValue };
export type XmlValue = string | XmlNode | XmlValue[];

const ALWAYS_LISTS = new Set(['item', 'summary', 'link']);

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (name) => ALWAYS_LISTS.has(name),
  // Callbacks get the parser's path object instead of a string built for every element (isArray needs the name only).
  jPath: false,
});

/** The document, or a FieldError naming the line and column of the first XML error. */
export function parseXml(text: string): XmlNode {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new FieldError(`line ${valid.err.line}, column ${valid.err.col}`, `broken XML: ${valid.err.msg}`);
  }
  return parser.parse(text) as XmlNode;
}

/** The one root element's name and content. */
export function rootOf(doc: XmlNode): [string, XmlValue] {
  const entries = Object.entries(doc);
  if (entries.length !== 1) throw new FieldError('document', `expected one root element, found ${entries.length}`);
  return entries[0]!;
}

export function isNode(value: XmlValue | undefined): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A child element (the first when repeated). Empty elements (<committee />) read as absent. */
export function child(node: XmlValue | undefined, name: string): XmlNode | undefined {
  if (!isNode(node)) return undefined;
  const value = node[name];
  const first = Array.isArray(value) ? value[0] : value;
  return isNode(first) ? first : undefined;
}

export function text(node: XmlValue | undefined, name: string): string | null {
  if (!isNode(node)) return null;
  const value = node[name];
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first.trim() || null;
  // <text><![CDATA[...]]></text> mixed with whitespace reads as {"#text": ...}.
  if (isNode(first) && typeof first['#text'] === 'string') return first['#text'].trim() || null;
  return null;
}

/** The <item>s of a container: an empty container, or none, gives []. */
export function items(node: XmlValue | undefined, ...path: string[]): XmlNode[] {
  let current: XmlValue | undefined = node;
  for (const name of path) current = child(current, name);
  if (!isNode(current)) return [];
  const list = current.item;
  return Array.isArray(list) ? list.filter(isNode) : [];
}
