import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Browser policy files for the tests. Chromium on Linux reads every *.json in this directory at start
 * and whenever it changes, for every Chromium on the machine: so a policy file names only the test
 * extension's id, lives only while one test needs it, carries this run's id in its name, and is listed
 * in a ledger that the global teardown clears even when a test dies half-way.
 */
export const POLICY_DIR = process.env.SO_POLICY_DIR ?? '/etc/chromium/policies/managed';
const PREFIX = 'second-opinion-sidebar-e2e-';

export function runId(): string {
  return process.env.SO_E2E_RUN_ID ?? `pid${process.pid}`;
}

function ledgerPath(id: string): string {
  return join(tmpdir(), `${PREFIX}${id}.ledger`);
}

/** Chrome's id for an extension whose manifest carries `key`: the SHA-256 of the public key, first 32 hex digits written a–p. */
export function extensionIdFromKey(base64Key: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export interface PolicyFile {
  path: string;
  remove(): void;
}

/** Writes a policy file; the directory is made if missing and left in place (other runs may use it). */
export function writePolicyFile(name: string, policy: unknown): PolicyFile {
  mkdirSync(POLICY_DIR, { recursive: true });
  const path = join(POLICY_DIR, `${PREFIX}${runId()}-${name}.json`);
  appendFileSync(ledgerPath(runId()), `${path}\n`);
  writeFileSync(path, JSON.stringify(policy, null, 2));
  return { path, remove: () => rmSync(path, { force: true }) };
}

/** Safety net for the global teardown: removes every policy file this run wrote, then the ledger. */
export function removeRunPolicyFiles(id = runId()): string[] {
  const ledger = ledgerPath(id);
  if (!existsSync(ledger)) return [];
  const paths = readFileSync(ledger, 'utf8').split('\n').filter((p) => p.startsWith(join(POLICY_DIR, PREFIX)));
  const left = paths.filter((p) => existsSync(p));
  for (const path of left) rmSync(path, { force: true });
  rmSync(ledger, { force: true });
  return left;
}
