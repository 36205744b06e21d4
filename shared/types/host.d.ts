/**
 * The whole host surface the domain core may use beyond ES2022: `TextDecoder` (WHATWG Encoding), present in
 * every runtime the core runs in — Node (global since 11), browsers and the Office task pane's web view. Only the
 * core's own check (shared/tsconfig.json) reads this file; the members are those of lib.dom, so a program with
 * DOM types sees one declaration. Anything else a core file needs from its host is a compile error.
 */
interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}

interface TextDecodeOptions {
  stream?: boolean;
}

interface TextDecoder {
  readonly encoding: string;
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: TextDecodeOptions): string;
}

// eslint-disable-next-line no-var -- a global constructor is declared with var, as lib.dom declares it
declare var TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: TextDecoderOptions): TextDecoder;
};
