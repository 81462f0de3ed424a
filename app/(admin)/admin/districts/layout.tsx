import type { ReactNode } from 'react';
import '../measures/editor.css';

// Blocking on purpose, as the other admin pages: each page checks the session before anything is sent.
export const instant = false;

export default function DistrictsEditorLayout({ children }: { children: ReactNode }) {
  return children;
}
