import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { WorkbookHost } from '../adapters/host';
import { DOSSIER_SETTING_KEY, parseSettings, type DossierSettings } from '@thidua/core/dossier';
import { formatMoney } from '@thidua/core';
import { t, type StringKey } from '../i18n';
import { draftSheetDossier, type DraftInput } from '../dossier-workflow';
import { CoverageNotice } from './CoverageNotice';
import { useCoverage } from './useCoverage';
import type { StepProps } from './App';
import { ProblemsError } from '../pane-error';
import { basisOf, type DossierDraft } from './pane-state';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  files: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    alignItems: 'flex-start',
  },
});

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ZIP_TYPE = 'application/zip';

type TextKey =
  | 'superior'
  | 'issuer'
  | 'symbol'
  | 'number'
  | 'place'
  | 'date'
  | 'submitTo'
  | 'signerOn'
  | 'signerTitle'
  | 'signerName'
  | 'fundingSource'
  | 'meetingDate';
/** The settings an official types most often; the rest come from the plan's dossier-… parameters. */
const FIELDS: { key: TextKey; label: StringKey; type?: 'date' }[] = [
  { key: 'superior', label: 'dossierSuperior' },
  { key: 'issuer', label: 'dossierIssuer' },
  { key: 'symbol', label: 'dossierSymbol' },
  { key: 'number', label: 'dossierNumber' },
  { key: 'place', label: 'dossierPlace' },
  { key: 'date', label: 'dossierDate', type: 'date' },
  { key: 'submitTo', label: 'dossierSubmitTo' },
  { key: 'signerOn', label: 'dossierSignerOn' },
  { key: 'signerTitle', label: 'dossierSignerTitle' },
  { key: 'signerName', label: 'dossierSignerName' },
  { key: 'fundingSource', label: 'dossierFunding' },
  { key: 'meetingDate', label: 'dossierMeetingDate', type: 'date' },
];
const PREFIXES = ['TM.', 'KT.', 'Q.', 'TL.', 'TUQ.', ''] as const;

function storedSettings(settings: Record<string, string>): DossierSettings {
  try {
    const parsed = parseSettings(JSON.parse(settings[DOSSIER_SETTING_KEY] ?? 'null'), DOSSIER_SETTING_KEY);
    return parsed.ok ? parsed.settings : {};
  } catch {
    return {};
  }
}

function download(name: string, data: Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Drafts the dossier of the sheet as the score step would score it (addin/src/dossier-workflow.ts), and renders it. */
async function draft(host: WorkbookHost, input: DraftInput): Promise<DossierDraft> {
  const dossier = await draftSheetDossier(host, input);
  const { renderDossier } = await import('@thidua/core/adapters/docx');
  const rendered = await renderDossier(dossier);
  return {
    ...rendered,
    proposals: dossier.proposals.length,
    pending: dossier.pending.length,
    total: dossier.total,
    blanks: dossier.blanks.length,
  };
}

/** Step 5: the dossier's Word documents, one download each and all as a .zip (Excel and file mode alike). */
export function DossierStep({ lang, state, dispatch, onError }: StepProps) {
  const styles = useStyles();
  const { host, loaded, detection, dossier: drafted } = state;
  const [settings, setSettings] = useState<DossierSettings>(() => storedSettings(state.settings));
  const [busy, setBusy] = useState(false);
  const { gate, confirmed, setConfirmed, refused, waiting } = useCoverage(state, dispatch);

  if (!host) return <Text>{t('needWorkbook', lang)}</Text>;
  if (!loaded) return <Text>{t('needPlan', lang)}</Text>;
  if (!detection) return <Text>{t('needTable', lang)}</Text>;

  const set = (key: TextKey, value: string) =>
    setSettings((s) => {
      const next: DossierSettings = { ...s };
      if (value.trim()) next[key] = value;
      else delete next[key];
      return next;
    });
  // "-": not said (a blank in the documents); "": the signer signs in their own name.
  const setPrefix = (value: string) =>
    setSettings((s) => {
      const next: DossierSettings = { ...s };
      if (value === '-') delete next.signerPrefix;
      else next.signerPrefix = value as DossierSettings['signerPrefix'];
      return next;
    });

  const go = async () => {
    setBusy(true);
    onError(undefined);
    const basis = basisOf(state);
    try {
      const parsed = parseSettings(settings, 'dossier');
      if (!parsed.ok) throw new ProblemsError('dossierSettingsInvalid', parsed.problems);
      // Kept in the workbook, for the next run and for `thidua dossier` on the same file.
      const value = JSON.stringify(parsed.settings);
      await host.saveSettings({ [DOSSIER_SETTING_KEY]: value });
      dispatch({ type: 'settings-saved', settings: { ...state.settings, [DOSSIER_SETTING_KEY]: value } });
      const dossier = await draft(host, {
        loaded,
        mapping: detection.mapping,
        block: state.block,
        settings: parsed.settings,
        allowPartial: confirmed,
      });
      dispatch({ type: 'dossier-drafted', dossier, basis });
    } catch (err) {
      onError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Text>{t('dossierIntro', lang)}</Text>
      <div className={styles.grid}>
        {FIELDS.map((f) => (
          <Field key={f.key} label={t(f.label, lang)}>
            <Input
              type={f.type ?? 'text'}
              value={(settings[f.key] as string | undefined) ?? ''}
              onChange={(_, d) => set(f.key, d.value)}
            />
          </Field>
        ))}
        <Field label={t('dossierSignerPrefix', lang)}>
          <Select value={settings.signerPrefix ?? '-'} onChange={(_, d) => setPrefix(d.value)}>
            <option value="-">…………</option>
            {PREFIXES.map((p) => (
              <option key={p} value={p}>
                {p || t('dossierOwnName', lang)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <CoverageNotice gate={gate} lang={lang} confirmed={confirmed} onConfirm={setConfirmed} />
      <Button appearance="primary" disabled={busy || refused || waiting} onClick={() => void go()}>
        {t('dossierDraft', lang)}
      </Button>
      {drafted && (
        <>
          <MessageBar intent="success" role="status">
            <MessageBarBody>
              {t('dossierDrafted', lang, {
                count: drafted.files.length,
                proposals: drafted.proposals,
                pending: drafted.pending,
                total: formatMoney(drafted.total, 'vi'),
              })}{' '}
              {drafted.blanks ? t('dossierBlanks', lang, { count: drafted.blanks }) : ''}
            </MessageBarBody>
          </MessageBar>
          <div className={styles.files} role="group" aria-label={t('dossierFiles', lang)}>
            <Button appearance="primary" onClick={() => download(drafted.zipName, drafted.zip, ZIP_TYPE)}>
              {t('dossierZip', lang)}
            </Button>
            {drafted.files.map((f) => (
              <Button key={f.name} onClick={() => download(f.name, f.data, DOCX_TYPE)}>
                {t('dossierDownload', lang, { name: f.label })}
              </Button>
            ))}
          </div>
        </>
      )}
    </>
  );
}
