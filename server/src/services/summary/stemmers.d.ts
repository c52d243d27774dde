/*
 * @orama/stemmers publishes one entry point per language through package "exports",
 * which the Node (node10) module resolution of our tsconfig does not read; Node's
 * require does. Every entry point exports the same function.
 */
declare module '@orama/stemmers/*' {
  export const stemmer: (word: string) => string;
}
