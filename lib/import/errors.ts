/**
 * A file that cannot be imported, with where the problem is (an element path such as <bill>/<number>, or a line),
 * so the person importing can open the file at that place. Thrown before or during the file's transaction, which
 * then writes nothing.
 */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly where: string | null,
    readonly reason: string,
  ) {
    super(`${file}${where ? ` (${where})` : ''}: ${reason}`);
    this.name = 'ImportError';
  }
}

/** An error thrown while parsing one part of a file, located by the caller (see ImportError). */
export class FieldError extends Error {
  constructor(
    readonly where: string,
    readonly reason: string,
  ) {
    super(`${where}: ${reason}`);
    this.name = 'FieldError';
  }
}
