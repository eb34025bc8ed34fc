import { removeRunPolicyFiles } from './policy-files';

/** A policy file left by a test that died half-way would apply to every Chromium on the machine: remove it. */
export default function globalTeardown(): void {
  const left = removeRunPolicyFiles();
  if (left.length) console.warn(`Removed ${left.length} policy file(s) a test left behind: ${left.join(', ')}`);
}
