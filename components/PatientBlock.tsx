import { useState } from 'preact/hooks';
import type { Identifier, PagePatient } from '../lib/messages';
import type { Translate } from '../lib/i18n';
import { formatDate } from '../lib/format';
import { primaryIdentifier } from '../lib/portals/identity';
import { FormSubmit } from './FormSubmit';

/**
 * Who the sidebar thinks is on screen. When the page does not say clearly, it says so and lets the
 * clinician confirm or type the patient instead of guessing (a wrong-patient letter is the worst outcome).
 */
export function PatientBlock(props: {
  t: Translate;
  patient: PagePatient | null;
  /** The page state the clinician sees; a confirmation holds for this state only. */
  pageState: string;
  reading: boolean;
  onConfirm(patient: PagePatient, pageState: string): void;
}) {
  const { t, patient } = props;
  const unsure = !patient || patient.confidence === 'unsure';
  if (unsure) {
    return (
      <section class="card" aria-labelledby="so-patient-h">
        <h2 id="so-patient-h">{t('patientHeading')}</h2>
        <div data-testid="so-patient" data-state="unknown">
          <p>{props.reading ? t('connecting') : patient ? t('patientUnsure') : t('noPatientFound')}</p>
          {/* A new page state starts a new, empty form: what was typed while looking at another patient never carries over. */}
          {!props.reading && (
            <ConfirmPatientForm key={props.pageState} t={t} suggestion={patient} onConfirm={(confirmed) => props.onConfirm(confirmed, props.pageState)} />
          )}
        </div>
      </section>
    );
  }
  const id = primaryIdentifier(patient);
  return (
    <section class="card" aria-labelledby="so-patient-h">
      <h2 id="so-patient-h">{t('patientHeading')}</h2>
      <div
        data-testid="so-patient"
        data-state="known"
        data-patient-name={patient.name}
        data-birth-date={patient.birthDate ?? ''}
        data-patient-id={id?.value ?? ''}
      >
        <p class="patient-name">{patient.name}</p>
        <p class="muted">
          {patient.birthDate ? `${t('birthDateLabel')}: ${formatDate(patient.birthDate)}` : null}
          {id ? ` · ${identifierLabel(id)} ${id.value}` : null}
        </p>
      </div>
    </section>
  );
}

function identifierLabel(id: Identifier): string {
  return (id.label ?? id.system).toUpperCase();
}

function ConfirmPatientForm(props: { t: Translate; suggestion: PagePatient | null; onConfirm(patient: PagePatient): void }) {
  const { t } = props;
  const [name, setName] = useState(props.suggestion?.name ?? '');
  const [birthDate, setBirthDate] = useState(props.suggestion?.birthDate ?? '');
  const [identifier, setIdentifier] = useState(props.suggestion ? (primaryIdentifier(props.suggestion)?.value ?? '') : '');
  const [error, setError] = useState('');
  const submit = (event: Event) => {
    event.preventDefault();
    if (!name.trim() || !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) {
      setError(t('confirmPatientInvalid'));
      return;
    }
    const identifiers: Identifier[] = identifier.trim() ? [{ system: 'other', value: identifier.trim().slice(0, 64), label: t('confirmPatientIdLabel') }] : [];
    props.onConfirm({ name: name.trim().slice(0, 200), birthDate, identifiers, confidence: 'certain' });
  };
  return (
    <form class="confirm-patient" onSubmit={submit}>
      <p class="muted">{t('confirmPatientHelp')}</p>
      <label>
        {t('confirmPatientName')}
        <input type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} autoComplete="off" />
      </label>
      <label>
        {t('birthDateLabel')}
        <input type="date" value={birthDate} onInput={(e) => setBirthDate(e.currentTarget.value)} />
      </label>
      <label>
        {t('confirmPatientIdLabel')}
        <input type="text" value={identifier} onInput={(e) => setIdentifier(e.currentTarget.value)} autoComplete="off" />
      </label>
      <FormSubmit error={error} label={t('confirmPatientButton')} />
    </form>
  );
}
