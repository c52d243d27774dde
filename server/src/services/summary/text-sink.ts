/**
 * Where the body readers put the paragraphs they find. The summary engine collects
 * them; word counting only counts them, and can stop the read once a cap is passed.
 */
export interface TextSink {
  /** A paragraph of text, markup removed and entities decoded, whitespace not yet collapsed. */
  add(paragraph: string): void;
  /** True once the sink wants no more text; string readers stop early, the blocks reader still checks the shape. */
  readonly full: boolean;
}
