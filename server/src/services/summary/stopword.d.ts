/** The lists this engine reads from the untyped `stopword` package (each a plain array of lower-case words). */
declare module 'stopword' {
  export const eng: string[];
  export const fra: string[];
  export const deu: string[];
  export const spa: string[];
  export const rus: string[];
  export const ita: string[];
  export const por: string[];
  export const porBr: string[];
  export const nld: string[];
}
