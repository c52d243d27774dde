import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { BulkJobResponse, LinkByDateDryRunResponse, LinkByDateStartedResponse } from '../../../contracts/bulk';
import { getService } from '../accessors';
import type { NewsroomType } from '../registry';
import { BulkJobRunningError } from '../services/bulk';
import type { BulkJob } from '../services/bulk/job-store';
import type { AdminState } from '../access/article-access';
import { isJobId, validateLinkByDateBody } from '../validation/bulk';
import { resolveLocale } from '../locales';
import { contentManagerAction, forbidden } from '../errors';

type Context = {
  params: Record<string, string>;
  request: { body?: unknown };
  state: AdminState;
  body: unknown;
  /** Strapi's response helper: a 409 in its error shape. */
  conflict(message: string, details: Record<string, unknown>): void;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'bulk');

  /**
   * A bulk job rewrites the links of every article of the type and locale, so it needs
   * the Content Manager's update permission on both link fields for that locale, with
   * no condition the job could not meet (an "own articles only" editor cannot relink everyone's).
   */
  const assertMayRelink = (state: AdminState, type: NewsroomType, locale: string | null) => {
    const checker = strapi
      .plugin('content-manager')
      .service('permission-checker')
      .create({ userAbility: state.userAbility, model: type.uid });
    const subject = locale === null ? {} : { locale };
    if (checker.cannot.update() || [type.fields.previous, type.fields.next].some((field) => checker.cannot.update(subject, field))) {
      throw forbidden(`You may not change the reading order of every ${type.displayName}${locale ? ` in locale "${locale}"` : ''}`, {
        action: contentManagerAction('update'),
        subject: type.uid,
        ...(locale === null ? {} : { locale }),
        reason: checker.cannot.update() ? 'permission' : 'conditions',
      });
    }
  };

  /**
   * A job links published versions too, which readers see at once (no publication in
   * between), so starting one also needs the publish permission for the locale, as a
   * reorder applied to published versions does.
   */
  const assertMayPublish = (state: AdminState, type: NewsroomType, locale: string | null) => {
    const checker = strapi
      .plugin('content-manager')
      .service('permission-checker')
      .create({ userAbility: state.userAbility, model: type.uid });
    if (checker.cannot.publish() || checker.cannot.publish(locale === null ? {} : { locale })) {
      throw forbidden(
        `You may not change what readers see of every ${type.displayName}${locale ? ` in locale "${locale}"` : ''} (it needs the publish permission)`,
        {
          action: contentManagerAction('publish'),
          subject: type.uid,
          ...(locale === null ? {} : { locale }),
          reason: checker.cannot.publish() ? 'permission' : 'conditions',
        }
      );
    }
  };

  /** The job, if it exists and this admin may relink its type and locale (else the same 404 as for no job). */
  const jobOrFail = async (ctx: Context): Promise<BulkJob> => {
    const job = isJobId(ctx.params.jobId) ? await service().find(ctx.params.jobId) : null;
    const type = job ? getService(strapi, 'types').find(job.type) : undefined;
    if (!job || !type) throw new errors.NotFoundError(`No bulk job "${String(ctx.params.jobId).slice(0, 64)}"`);
    assertMayRelink(ctx.state, type, job.locale);
    return job;
  };

  const statusOf = (job: BulkJob): BulkJobResponse => ({
    data: { state: job.state, done: job.done, total: job.total, errors: job.errors },
  });

  return {
    async linkByDate(ctx: Context) {
      const body = validateLinkByDateBody(ctx.request.body);
      const type = getService(strapi, 'types').fromParameter(body.type);
      const locale = await resolveLocale(strapi, type, body.locale ?? undefined);
      assertMayRelink(ctx.state, type, locale);
      const target = { type, locale, scope: body.scope };
      if (body.dryRun) {
        const response: LinkByDateDryRunResponse = { data: await service().dryRun(target) };
        ctx.body = response;
        return;
      }
      assertMayPublish(ctx.state, type, locale);
      try {
        const response: LinkByDateStartedResponse = { data: { jobId: await service().start(target) } };
        ctx.body = response;
      } catch (error) {
        if (!(error instanceof BulkJobRunningError)) throw error;
        // Strapi's error shape, 409: the running job's id lets the admin follow it instead.
        ctx.conflict(error.message, {
          rule: 'job-running',
          jobId: error.job.id,
          state: error.job.state,
          done: error.job.done,
          total: error.job.total,
        });
      }
    },

    async status(ctx: Context) {
      ctx.body = statusOf(await jobOrFail(ctx));
    },

    async cancel(ctx: Context) {
      const job = await jobOrFail(ctx);
      await service().cancel(job.id);
      ctx.body = statusOf((await service().find(job.id)) ?? job);
    },
  };
};
