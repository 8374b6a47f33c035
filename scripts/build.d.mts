/**
 * Types for scripts/build.mjs, so that TypeScript tests can read the list of
 * bundles and build them. It deliberately declares only the exports.
 */
export interface Bundle {
  name: string;
  entry: string;
  out: string;
  executable: boolean;
}
export declare const bundles: Bundle[];
export declare function typeCheck(): boolean;
export declare function bundle(selected?: Bundle[]): Promise<void>;
