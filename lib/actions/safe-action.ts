// The one way to make a server action: session → permission → zod safeParse → handler, in that order, so no
// action can skip a check. The authorization matrix (lib/auth/authorization-matrix.test.ts) finds every action
// by its metadata and runs it as each role against a row written by hand (a new action needs its row there). Write actions in `lib/<domain>/actions.ts` ('use server') as
// `export const updateMeasure = defineAction('measure.update', { permission: 'measure.edit', schema, handler })`.
import 'server-only';
import type { z } from 'zod';
import { can, permissions, type Permission } from '@/lib/auth/permissions';
import { getViewer } from '@/lib/auth/session';
import { testContext } from '@/lib/auth/test-viewer';
import type { Viewer } from '@/lib/auth/viewer';

export type ActionState = {
  ok?: boolean;
  status?: 400 | 401 | 403 | 409;
  message?: string;
  errors?: Record<string, string[]>;
  values?: Record<string, string>;
};

export type ServerAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** `null`: open to everyone, signed in or not (sign-in, sign-up); the handler gets `Viewer | null`. */
export type ActionPermission = Permission | null;

type ViewerFor<P extends ActionPermission> = P extends Permission ? Viewer : Viewer | null;

export type ActionDefinition<P extends ActionPermission, S extends z.ZodType> = {
  permission: P;
  schema: S;
  handler: (viewer: ViewerFor<P>, data: z.output<S>, formData: FormData) => Promise<ActionState>;
};

export type DefinedAction = ServerAction & { actionName: string; permission: ActionPermission };

/** What the form sent, as text, so a refused form can show what was typed (files and passwords are not echoed). */
function submittedValues(formData: FormData, withoutNul = false): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== 'string' || key.startsWith('$ACTION') || /password/i.test(key)) continue;
    values[key] = withoutNul ? value.replaceAll('\u0000', '') : value;
  }
  return values;
}

/** The fields (names or values) holding a NUL character. */
function nulFields(formData: FormData): string[] {
  const fields = new Set<string>();
  for (const [key, value] of formData.entries()) {
    if (key.includes('\u0000') || (typeof value === 'string' && value.includes('\u0000')))
      fields.add(key.replaceAll('\u0000', '') || '_form');
  }
  return [...fields];
}

function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_form';
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

export function defineAction<P extends ActionPermission, S extends z.ZodType>(
  name: string,
  definition: ActionDefinition<P, S>,
): DefinedAction {
  const { permission, schema, handler } = definition;
  const action = async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const viewer = await getViewer();
    if (permission !== null) {
      if (!viewer) return { ok: false, status: 401, message: 'Your session has ended. Sign in again to continue.' };
      if (!can(viewer.role, permission)) {
        return {
          ok: false,
          status: 403,
          message: `You do not have permission to do this: it needs the ${permissions[permission]} role, and your account is a ${viewer.role}.`,
        };
      }
    }
    if (testContext()?.dryRun) return { ok: true, message: 'dry run: authorized' };

    // PostgreSQL text cannot hold a NUL byte: refused here for every action, with the field named, rather than as a
    // failed query (issue 17).
    const withNul = nulFields(formData);
    if (withNul.length > 0) {
      return {
        ok: false,
        status: 400,
        message: 'Some fields need attention.',
        errors: Object.fromEntries(
          withNul.map((key) => [
            key,
            [
              'This contains a NUL character (an invisible control character, often from a copied file). Remove it and try again.',
            ],
          ]),
        ),
        values: submittedValues(formData, true),
      };
    }
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      return {
        ok: false,
        status: 400,
        message: 'Some fields need attention.',
        errors: fieldErrors(parsed.error),
        values: submittedValues(formData),
      };
    }
    return handler(viewer as ViewerFor<P>, parsed.data, formData);
  };
  return Object.assign(action, { actionName: name, permission });
}
