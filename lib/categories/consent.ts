import type { CategoryChoice, Reporting } from '../draft-shapes';
import type { Category } from './catalogue';

/**
 * Data from the treating clinician goes to the second-opinion giver only with the patient's consent
 * (GUIDE section 3). Sensitive categories are opt-in: they need an explicit "given". An ordinary
 * category may travel until the patient refuses it; the letter itself still waits for "given".
 */
export function canInclude(choice: CategoryChoice, category: Category): boolean {
  if (choice.id !== category.id) return false;
  return category.sensitive ? choice.consent === 'given' : choice.consent !== 'refused';
}

/**
 * The treating clinician hears the outcome when they referred; when the patient came on their own
 * initiative, only with the patient's explicit (written) consent (GUIDE section 3).
 */
export function reportingAllowsTreatingClinician(r: Reporting): boolean {
  return !r.selfReferred || r.informTreatingClinicianConsent === 'given';
}
