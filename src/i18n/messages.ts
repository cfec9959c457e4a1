/** The shape of a catalogue area: a plain message, or a function of its named placeholders. */
export type Messages = Record<string, string | ((params: never) => string)>;

/** Another language's version of an area: the same keys, each taking the same placeholders. */
export type Translation<T extends Messages> = {
  [K in keyof T]: T[K] extends (params: infer P) => string ? (params: P) => string : string;
};
