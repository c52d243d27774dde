import { yup } from '@strapi/utils';

import { DEFAULT_CONFIG } from './defaults';

export { DEFAULT_CONFIG, type NewsroomConfig } from './defaults';

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
        auto: yup.boolean(),
      })
      .noUnknown(true, 'unknown option "summary.${unknown}"'),
    readingOrder: yup
      .object({
        allowCycles: yup.boolean(),
        onDelete: yup.mixed().oneOf(['heal', 'unlink']),
        skipUnpublished: yup.boolean(),
        fallback: yup.mixed().oneOf(['none', 'publishedAt']),
        lockTimeoutMs: yup.number().integer().min(100).max(600_000),
      })
      .noUnknown(true, 'unknown option "readingOrder.${unknown}"'),
    limits: yup
      .object({
        maxBodyBytes: yup.number().integer().min(1_000).max(100_000_000),
        maxBodyWords: yup.number().integer().min(100).max(10_000_000),
      })
      .noUnknown(true, 'unknown option "limits.${unknown}"'),
    reader: yup
      .object({
        cacheControl: yup.string().trim().min(1),
        wordsPerMinute: yup.number().integer().min(50).max(2_000),
        etagCacheMs: yup.number().integer().min(0).max(60_000),
      })
      .noUnknown(true, 'unknown option "reader.${unknown}"'),
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
