const ERRORS: Readonly<Record<string, ErrorConstructor>> = { TypeError, RangeError };

/** The worker's error as the same class, message and stack. */
export function rebuildError({ name, message, stack }: { name: string; message: string; stack: string | undefined }): Error {
  const error = new (ERRORS[name] ?? Error)(message);
  if (!(name in ERRORS)) error.name = name;
  if (stack !== undefined) error.stack = stack;
  return error;
}
