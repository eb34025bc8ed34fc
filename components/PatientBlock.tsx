import type { PagePatient } from '../lib/messages';
import type { Translate } from '../lib/i18n';
import { formatDate } from '../lib/format';

export function PatientBlock(props: { t: Translate; lang: 'nl' | 'en'; patient: PagePatient | null; reading: boolean }) {
  const { t, patient } = props;
  if (!patient) {
    return (
      <section class="card" aria-labelledby="so-patient-h">
        <h2 id="so-patient-h">{t('patientHeading')}</h2>
        <p data-testid="so-patient" data-state="unknown">
          {props.reading ? t('connecting') : t('patientUnknown')}
        </p>
      </section>
    );
  }
  const id = patient.identifiers[0];
  return (
    <section class="card" aria-labelledby="so-patient-h">
      <h2 id="so-patient-h">{t('patientHeading')}</h2>
      <div
        data-testid="so-patient"
        data-state={patient.confidence === 'unsure' ? 'unknown' : 'known'}
        data-patient-name={patient.name}
        data-birth-date={patient.birthDate ?? ''}
        data-patient-id={id?.value ?? ''}
      >
        <p class="patient-name">{patient.name}</p>
        <p class="muted">
          {patient.birthDate ? `${t('birthDateLabel')}: ${formatDate(patient.birthDate)}` : null}
          {id ? ` · ${(id.label ?? id.system).toUpperCase()} ${id.value}` : null}
        </p>
      </div>
    </section>
  );
}
