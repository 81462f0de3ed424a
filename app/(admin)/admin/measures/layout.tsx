import type { ReactNode } from 'react';
import './editor.css';

// Blocking on purpose, as the other admin pages: each page checks the session before anything is sent, so the
// answer is a real redirect or 403 rather than a streamed 200. Editor pages render per request; the public pages'
// caching is untouched.
export const instant = false;

export default function MeasureEditorLayout({ children }: { children: ReactNode }) {
  return children;
}
