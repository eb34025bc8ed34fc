import { readFileSync } from 'node:fs';

/** What each test portal page should yield, kept beside the pages in tests/portals/expected.json. */
export interface ExpectedPage {
  name?: string;
  birthDate?: string;
  patientId?: string;
  status?: 'requested' | 'considering' | 'declined' | 'completed' | 'none';
  adapter?: string;
  state?: 'unknown';
}

export const EXPECTED: Record<string, ExpectedPage> = JSON.parse(readFileSync('tests/portals/expected.json', 'utf8'));
