/**
 * `error.details` of every 403 the plugin answers (reader and admin routes), so a
 * site owner can tell which permission to grant.
 */
export interface ForbiddenDetails {
  /** The permission the caller lacks; with a list, any one of them would do. */
  action: string | string[];
  /** The content type the permission is about. */
  subject?: string;
  /** The locale the refusal is about, when the role's locale condition decided it. */
  locale?: string;
  /** The articles (documentIds) the caller may not change or read: those it may read, at most 20. */
  articles?: string[];
  /** How many more articles the request touches that the caller may not read either: counted, not named. */
  hidden?: number;
  /**
   * `permission`: the role lacks the action; `conditions`: it has the action, but its
   * locale or "is creator" condition leaves out what the request touches.
   */
  reason: 'permission' | 'conditions';
}
