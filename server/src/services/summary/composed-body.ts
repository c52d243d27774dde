/**
 * A body attribute's value held with its shape (body-shape.ts), for the body readers:
 * they ask it for its text fields in reading order and read each as they read a body.
 * The value is walked only then, checking its shape on the way.
 */
import type { BodyShape, ComponentText, TextKind } from './body-shape';
import { SummaryInputError } from './errors';

/** One text field of the body, with where it stands in the body for error paths (`body[2].body`). */
export type BodyPart = { path: string } & ({ kind: 'blocks'; value: unknown[] } | { kind: Exclude<TextKind, 'blocks'>; value: string });

type Visit = (part: BodyPart) => void;

type Entry = Record<string, unknown>;

const isEntry = (value: unknown): value is Entry => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own properties only: a `__component` of "constructor" or a field named like an Object method must find nothing. */
const own = <T>(record: Record<string, T>, key: string): T | undefined =>
  Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

const visitComponent = (entry: unknown, component: ComponentText, path: string, visit: Visit): void => {
  if (!isEntry(entry)) throw new SummaryInputError(path, 'must be an object');
  for (const field of component.fields) visitValue(own(entry, field.name), field.shape, `${path}.${field.name}`, visit);
};

const visitValue = (value: unknown, shape: BodyShape, path: string, visit: Visit): void => {
  if (value === null || value === undefined) return;
  if (shape.kind === 'blocks') {
    if (!Array.isArray(value)) throw new SummaryInputError(path, 'must be an array of blocks');
    visit({ kind: shape.kind, value, path });
    return;
  }
  if (shape.kind !== 'components') {
    if (typeof value !== 'string') throw new SummaryInputError(path, 'must be a string');
    visit({ kind: shape.kind, value, path });
    return;
  }
  // A repeatable or single component has one component, its entries no `__component`.
  const only = Object.values(shape.components)[0];
  if (shape.container === 'single') {
    visitComponent(value, only, path, visit);
    return;
  }
  if (!Array.isArray(value)) throw new SummaryInputError(path, 'must be an array');
  value.forEach((entry, i) => {
    const at = `${path}[${i}]`;
    if (shape.container === 'repeatable') {
      visitComponent(entry, only, at, visit);
      return;
    }
    if (!isEntry(entry)) throw new SummaryInputError(at, 'must be an object');
    if (typeof entry.__component !== 'string') throw new SummaryInputError(`${at}.__component`, 'must be a string');
    const component = own(shape.components, entry.__component);
    if (component) visitComponent(entry, component, at, visit);
  });
};

export class ComposedBody {
  constructor(
    private readonly value: unknown,
    private readonly shape: BodyShape
  ) {}

  /** The value as it is stored: JSON.stringify and checkBodyLimits' size measure see the original value. */
  toJSON(): unknown {
    return this.value;
  }

  /** Hands each text field to `visit` in reading order, checking the whole value's shape on the way. */
  forEachPart(visit: Visit): void {
    visitValue(this.value, this.shape, 'body', visit);
  }
}
