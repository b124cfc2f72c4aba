// Helpers for writing cases (files starting with "_" are not case files).

/** A case on the shared validation schema. */
export const v = (name, document, extra = {}) => ({ name, schema: 'validation', document, ...extra });

/** A root value whose listed fields all echo their coerced arguments ({ "$args": true }). */
export const argsRoot = (...fields) => Object.fromEntries(fields.map((f) => [f, { $args: true }]));

/** An error marker: the field's resolver throws an error with this message. */
export const err = (message) => ({ $error: message });

/** An async marker: the resolver returns the value after yielding. */
export const later = (value) => ({ $async: value });
