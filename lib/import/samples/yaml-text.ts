// A small YAML writer for the samples, in the style of the publishers' files: two-space indentation, list items
// under their key at the key's indentation (`terms:\n- type: rep`), and strings quoted only where YAML would read
// them as something else ('1993-01-05', '00172'), as congress-legislators writes them.
export type YamlValue = string | number | boolean | null | YamlValue[] | { [key: string]: YamlValue | undefined };

const PLAIN = /^[A-Za-z][\w .,()/'-]*$/;
const LOOKS_TYPED = /^(true|false|yes|no|null|~|[-+]?[\d._:]+)$/i;

function scalar(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value !== 'string') return String(value);
  if (PLAIN.test(value) && !LOOKS_TYPED.test(value) && !value.includes(': ') && !value.endsWith(':')) return value;
  return `'${value.replace(/'/g, "''")}'`;
}

const isScalar = (v: YamlValue): v is string | number | boolean | null => v === null || typeof v !== 'object';

function lines(value: YamlValue, indent: string): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      if (isScalar(item)) return [`${indent}- ${scalar(item)}`];
      const [first, ...rest] = lines(item, `${indent}  `);
      return [`${indent}- ${first!.slice(indent.length + 2)}`, ...rest];
    });
  }
  if (isScalar(value)) return [`${indent}${scalar(value)}`];
  return Object.entries(value).flatMap(([key, v]) => {
    if (v === undefined) return [];
    if (isScalar(v)) return [`${indent}${key}: ${scalar(v)}`];
    if (Array.isArray(v)) return [`${indent}${key}:`, ...lines(v, indent)];
    return [`${indent}${key}:`, ...lines(v, `${indent}  `)];
  });
}

export function yamlDocument(value: YamlValue): string {
  return `${lines(value, '').join('\n')}\n`;
}
