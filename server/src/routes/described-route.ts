import type { z } from 'zod';

import type { ParameterShape } from '../validation/request';

/**
 * A route with its request and answer described by zod schemas, as Strapi's own
 * routes declare them (`request.params` / `request.query`: one schema per parameter;
 * `request.body`: one per media type; `response`: the 200 answer's body). Strapi
 * keeps them on the route (`ctx.state.route`) and `@strapi/openapi` documents them;
 * the plugin's controllers validate with the same schemas.
 */
export interface DescribedRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  handler: string;
  /** One line for the OpenAPI document. */
  summary?: string;
  request?: {
    params?: ParameterShape;
    query?: ParameterShape;
    body?: { 'application/json': z.ZodType };
  };
  response?: z.ZodType;
  config: { policies?: unknown[] };
}
