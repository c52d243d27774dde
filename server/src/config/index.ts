import { yup } from '@strapi/utils';

export interface NewsroomConfig {
  summary: {
    /** Longest summary, in characters, accepted on every write path. */
    maxLength: number;
  };
  readingOrder: {
    /** Accept links that close a loop (A -> B -> A). */
    allowCycles: boolean;
    /** On delete, link the article's previous and next to each other (`heal`), or leave the gap (`unlink`). */
    onDelete: 'heal' | 'unlink';
  };
}

/** The single source of every default; README "Configuration" documents each one. */
export const DEFAULT_CONFIG: NewsroomConfig = {
  summary: {
    maxLength: 600,
  },
  readingOrder: {
    allowCycles: false,
    onDelete: 'heal',
  },
};

/*
 * Shape and limits of every option. Unknown keys are rejected so that a typo in
 * `config/plugins.ts` fails at startup instead of being silently ignored.
 * (`${unknown}` is yup's placeholder, filled in by yup, not by JavaScript.)
 */
const configSchema = yup
  .object({
    summary: yup
      .object({
        maxLength: yup.number().integer().min(1).max(100_000),
      })
      .noUnknown(true, 'unknown option "summary.${unknown}"'),
    readingOrder: yup
      .object({
        allowCycles: yup.boolean(),
        onDelete: yup.mixed().oneOf(['heal', 'unlink']),
      })
      .noUnknown(true, 'unknown option "readingOrder.${unknown}"'),
  })
  .noUnknown(true, 'unknown option "${unknown}"');

export class NewsroomConfigError extends Error {
  constructor(problems: string[]) {
    super(`Invalid configuration for plugin "newsroom": ${problems.join('; ')}`);
    this.name = 'NewsroomConfigError';
  }
}

/** Throws one error naming every bad key; Strapi calls this at startup with defaults merged in. */
export const validateConfig = (config: unknown): void => {
  try {
    configSchema.validateSync(config, { strict: true, abortEarly: false });
  } catch (error) {
    const problems = (error as { errors?: string[] }).errors ?? [String(error)];
    throw new NewsroomConfigError(problems);
  }
};

export default {
  default: DEFAULT_CONFIG,
  validator: validateConfig,
};
