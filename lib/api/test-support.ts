// Test helpers of the API suites: requests to the registry's handlers, and the OpenAPI document as an ajv validator.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { EndpointName } from './endpoints';
import { openApiDocument } from './openapi';
import { handleApiRequest } from './route';

// ajv-formats is CommonJS: its function is the default export, or that export's own default, by loader.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

export const ORIGIN = 'http://localhost:3000';

/** GET one endpoint in process, as Next would call its route handler. */
export function call(name: EndpointName, path: string, init: RequestInit = {}, params: Record<string, string> = {}) {
  return handleApiRequest(name, new Request(new URL(path, ORIGIN), init), {
    params: Promise.resolve(params),
  });
}

/** A JSON Schema 2020-12 validator with the standard formats (date, date-time, uri...). */
export function newAjv() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv;
}

/** Validates a body against the document's schema for (path, status, media type). */
export function contractValidator() {
  const document = openApiDocument();
  const ajv = newAjv();
  ajv.addSchema(document as object, 'openapi');
  const escape = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');
  return (apiPath: string, status: number, body: unknown, media = 'application/json') => {
    const ref = `openapi#/paths/${escape(apiPath)}/get/responses/${status}/content/${escape(media)}/schema`;
    const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
    const ok = validate(body);
    return ok ? null : ajv.errorsText(validate.errors, { separator: '\n' });
  };
}
