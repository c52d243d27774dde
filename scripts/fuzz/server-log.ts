/**
 * Error entries of the playground's log, read as it grows, so each 5xx can be
 * matched to the error Strapi logged for it (its responses only say "Internal Server Error").
 */
import fs from 'node:fs';

export interface LoggedError {
  message: string;
  /** The first stack frame in the plugin's code, else the first frame: where to look. */
  frame?: string;
}

// eslint-disable-next-line no-control-regex
const COLOURS = /\u001b\[[0-9;]*m/g;
const ENTRY = /^\[[^\]]+\] (\w+): (.*)$/;

export const createLogTail = (file: string) => {
  let offset = 0;
  return {
    /** Errors logged since the last call. */
    take(): LoggedError[] {
      const size = fs.statSync(file).size;
      if (size <= offset) return [];
      const buffer = Buffer.alloc(size - offset);
      const fd = fs.openSync(file, 'r');
      fs.readSync(fd, buffer, 0, buffer.length, offset);
      fs.closeSync(fd);
      offset = size;
      const errors: LoggedError[] = [];
      let current: LoggedError | undefined;
      for (const line of buffer.toString('utf8').replace(COLOURS, '').split('\n')) {
        const entry = ENTRY.exec(line);
        if (entry) {
          current = entry[1] === 'error' ? { message: entry[2].slice(0, 500) } : undefined;
          if (current) errors.push(current);
        } else if (current && /^\s+at /.test(line)) {
          const frame = line.trim().slice(3);
          if (!current.frame || (/newsroom|dist\/server/.test(frame) && !/newsroom/.test(current.frame))) current.frame = frame;
        }
      }
      return errors;
    },
  };
};

/** Strapi also logs the body parser's refusals, which answer 400: they are no 5xx's cause. */
export const isClientError = (error: LoggedError) =>
  /invalid JSON|Unexpected (token|end|non-whitespace)|in JSON at position|too large/i.test(error.message);

/** A message with ids, numbers and quoted values blanked, so one cause is one entry. */
export const causeKey = (message: string) =>
  // knex prefixes the database's message with the whole SQL statement, which differs by query.
  (/^\s*(?:select|insert|update|delete)\b[\s\S]* - ([^-]+)$/i.exec(message)?.[1] ?? message)
    .replace(/"[^"]*"|'[^']*'|`[^`]*`/g, '"…"')
    .replace(/\b[a-z0-9]{24,}\b/g, '<id>')
    .replace(/\d+/g, 'N')
    .slice(0, 200);
