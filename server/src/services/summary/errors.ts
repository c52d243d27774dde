/**
 * A body or an option of the wrong shape. Extends TypeError so generic handlers treat
 * it as a type problem; `path` names the offending part (`body[2].children`) so a
 * controller can answer 400 with it.
 */
export class SummaryInputError extends TypeError {
  readonly path: string;

  constructor(path: string, message: string) {
    super(`${path} ${message}`);
    this.name = 'SummaryInputError';
    this.path = path;
  }
}
