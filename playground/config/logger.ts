import { formats, winston } from '@strapi/logger';

/** winston's key for the level a transport filters on (a Symbol, so a format can change it). */
const LEVEL = Symbol.for('level');

/**
 * Strapi logs a request its body parser refuses (malformed JSON: a SyntaxError it
 * answers 400) as an error with a stack trace, as if the server had failed. It is the
 * client's mistake, answered as such: logged as a one-line warning instead. Server
 * faults (5xx and anything without a status) are logged as before.
 */
const clientErrorsAsWarnings = winston.format((info) => {
  const status = Number((info as { status?: unknown }).status);
  if ((info as Record<symbol, unknown>)[LEVEL] !== 'error' || !(status >= 400 && status < 500)) return info;
  return { level: 'warn', [LEVEL]: 'warn', message: `${String(info.message)} (a client error, answered ${status})` };
});

// `LOG_LEVEL=error` quiets the playground (the tests use it); Strapi's default is `http`.
export default ({ env }) => ({
  level: env('LOG_LEVEL', 'http'),
  format: winston.format.combine(clientErrorsAsWarnings(), formats.prettyPrint()),
  transports: [new winston.transports.Console()],
});
