// "Last checked against <source> at <time>", linking the record read (the Bill Status file, the Legistar matter).
export function LastChecked({ checked }: { checked: { sourceName: string; url: string; at: Date | null } | null }) {
  if (!checked) return null;
  const at = checked.at ? `${checked.at.toISOString().slice(0, 16).replace('T', ' ')} UTC` : 'an unknown time';
  return (
    <p className="last-checked">
      Last checked against <a href={checked.url}>{checked.sourceName}</a> at{' '}
      {checked.at ? <time dateTime={checked.at.toISOString()}>{at}</time> : at}.
    </p>
  );
}
