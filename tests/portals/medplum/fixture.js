import * as medplumSampleData from '@medplum/mock';

/**
 * Our additions to Medplum's sample data. The sample patient and practitioner are theirs; the two
 * messages are invented for the second-opinion tests.
 */

const REMOTE_URL = /^https?:\/\//;

/**
 * Some sample patients and practitioners carry photos hosted on medplum.com. The test portal must
 * never reach the network, so the photos are dropped from the sample objects before the MockClient
 * loads them into its in-memory repository (it does so lazily, on its first request).
 */
export function dropRemotePhotosFromSampleData() {
  for (const value of Object.values(medplumSampleData)) {
    if (value && typeof value === 'object' && Array.isArray(value.photo)) {
      const localPhotos = value.photo.filter((photo) => !REMOTE_URL.test(photo?.url ?? ''));
      if (localPhotos.length > 0) value.photo = localPhotos;
      else delete value.photo;
    }
  }
}

export const KNEE_CONSULT_NOTE =
  'Right knee pain for 8 months, worse on stairs. MRI: medial compartment osteoarthritis, grade 3. ' +
  'Discussed total knee replacement; patient wants time to think it over. Paracetamol 1 g three times daily.';

export const SECOND_OPINION_REQUEST =
  'Dear Dr Smith, after our talk about the knee replacement I am not sure it is the right step for me. ' +
  'I would like a second opinion from another orthopaedic surgeon before I decide. ' +
  'Could you send my MRI report and your letter to them?';

/** Update-as-create with fixed ids keeps entry ids the same on every load and in the snapshot. */
export async function addFixtureRecords(medplum) {
  const { DrAliceSmith, HomerSimpson } = medplumSampleData;
  const patient = { reference: `Patient/${HomerSimpson.id}`, display: 'Homer Simpson' };
  const doctor = { reference: `Practitioner/${DrAliceSmith.id}`, display: 'Alice Smith' };
  await medplum.updateResource({
    resourceType: 'Communication',
    id: 'homer-knee-consult',
    status: 'completed',
    subject: patient,
    sender: doctor,
    recipient: [patient],
    sent: '2024-03-05T10:30:00.000Z',
    payload: [{ contentString: KNEE_CONSULT_NOTE }],
  });
  await medplum.updateResource({
    resourceType: 'Communication',
    id: 'homer-second-opinion-request',
    status: 'completed',
    subject: patient,
    sender: patient,
    recipient: [doctor],
    sent: '2024-03-12T09:15:00.000Z',
    payload: [{ contentString: SECOND_OPINION_REQUEST }],
  });
}
