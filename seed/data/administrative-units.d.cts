/**
 * Shape of administrative-units.json (built by seed/scripts/build-administrative-units.ts).
 * Declared by hand so TypeScript does not infer a type from 3,321 communes and 10,000 old units.
 */
declare const units: {
  source: { package: string; version: string; license: string; url: string; basis: string }
  /** [code, full name, [[commune code, commune name], …]] for each of the 34 provincial units. */
  provinces: [code: string, name: string, communes: [code: string, name: string][]][]
  /** Old province → old district → old commune → codes of the new commune(s) it became. */
  former: Record<string, Record<string, Record<string, string[]>>>
}
export = units
