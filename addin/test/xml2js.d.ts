// xml2js (0.5, a dependency of office-addin-manifest) ships no types; the manifest test needs one function.
declare module 'xml2js' {
  export function parseStringPromise(xml: string): Promise<Record<string, unknown>>;
}
