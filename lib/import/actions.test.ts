import { describe, expect, it } from 'vitest';
import { runAsViewer } from '@/lib/auth/test-viewer';
import { importFiles } from './actions';

const editor = { id: 'import-editor', email: 'editor@example.test', name: null, role: 'editor' as const };
const member = { ...editor, id: 'import-member', role: 'member' as const };

describe('importFiles action', () => {
  it('asks for a file beside the field when none is chosen', async () => {
    const empty = new FormData();
    empty.append('files', new File([], ''));
    const result = await runAsViewer(editor, () => importFiles({}, empty));
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      errors: { files: ['Choose at least one file to import.'] },
    });
  });

  it('refuses a member before reading anything', async () => {
    const form = new FormData();
    form.append('files', new File(['<billStatus/>'], 'x.xml'));
    const result = await runAsViewer(member, () => importFiles({}, form));
    expect(result).toMatchObject({ ok: false, status: 403 });
  });
});
