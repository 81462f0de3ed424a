import { splitSnippet } from '@/lib/search/snippet';

/** Text with its matches in <mark>: the parts are rendered as text, never as HTML (lib/search/snippet.ts). */
export function MarkedText({ text }: { text: string }) {
  return (
    <>
      {splitSnippet(text).map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}
