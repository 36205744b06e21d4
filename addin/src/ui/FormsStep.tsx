import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { FormProblem } from '@thidua/core/forms';
import { t } from '../i18n';
import type { StepProps } from './App';
import { PaneError } from '../pane-error';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function download(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Registration and self-assessment forms, under the plan step: the registration sheet, one form per unit, and the
 * filled forms merged into the summary table (several files in file mode, the form sheets of the workbook in Excel).
 * In file mode the summary then becomes the pane's workbook, scored in the next steps like any sheet.
 */
export function FormsStep({ lang, state, dispatch, onError }: StepProps) {
  const styles = useStyles();
  const picker = useRef<HTMLInputElement>(null);
  const [names, setNames] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string>();
  const [problems, setProblems] = useState<{ severity: FormProblem['severity']; text: string }[]>([]);
  const plan = state.loaded?.plan;
  const excel = state.host?.kind === 'excel';
  if (!plan) return null;
  const block = state.block ?? (plan.blocks.length === 1 ? plan.blocks[0].id : undefined);
  const opts = { block, lang };

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setStatus(undefined);
    setProblems([]);
    onError(undefined);
    try {
      await work();
    } catch (err) {
      onError(err);
    } finally {
      setBusy(false);
    }
  };
  const needBlock = () => {
    if (block) return false;
    onError(new PaneError('formsNeedBlock'));
    return true;
  };
  const flow = () => import('../forms-workflow');

  const registration = () =>
    act(async () => {
      const { registrationSheet } = await flow();
      const bytes = await registrationSheet(state.host, plan, opts);
      if (bytes) download(bytes, `dang-ky-thi-dua-${plan.id}.xlsx`);
      setStatus(t('formsRegistrationDone', lang));
    });

  const makeForms = () =>
    act(async () => {
      const { formsWorkbook, unitNames } = await flow();
      const list = unitNames(names);
      if (!list.length) throw new PaneError('formsNeedUnits');
      if (needBlock()) return;
      const made = await formsWorkbook(state.host, plan, list, opts);
      if (made.bytes) download(made.bytes, made.fileName);
      setStatus(t('formsMade', lang, { count: made.count }));
    });

  const merge = (files?: File[]) =>
    act(async () => {
      const { mergeFiles, mergeSheets } = await flow();
      let result;
      if (files) {
        const picked = await Promise.all(
          files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })),
        );
        result = await mergeFiles(plan, picked, opts);
      } else if (state.host) result = await mergeSheets(state.host, plan, opts);
      else return;
      const { merged } = result;
      setProblems([
        ...result.unreadable.map((text) => ({ severity: 'error' as const, text })),
        ...merged.problems.map((p) => ({
          severity: p.severity,
          text: lang === 'en' ? p.messageEn : p.message,
        })),
      ]);
      if (!merged.block) return;
      const line = t('formsMerged', lang, {
        units: merged.units.length,
        roster: merged.roster.length,
        changed: result.changed,
      });
      if (result.host) {
        dispatch({ type: 'workbook-opened', host: result.host });
        setStatus(`${line} ${t('formsSummaryOpened', lang, { name: result.host.title ?? '' })}`);
      } else setStatus(line);
    });

  return (
    <section className={styles.section} aria-label={t('formsTitle', lang)}>
      <Subtitle2 as="h2">{t('formsTitle', lang)}</Subtitle2>
      <Text>{t('formsIntro', lang)}</Text>
      {plan.registration && (
        <div className={styles.row}>
          <Button disabled={busy} onClick={() => void registration()}>
            {t('formsRegistration', lang)}
          </Button>
        </div>
      )}
      <Field label={t('formsUnits', lang)}>
        <Textarea value={names} onChange={(_, d) => setNames(d.value)} rows={4} resize="vertical" />
      </Field>
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => void makeForms()}>
          {t('formsMake', lang)}
        </Button>
        {excel ? (
          <Button disabled={busy} onClick={() => void merge()}>
            {t('formsMergeSheets', lang)}
          </Button>
        ) : (
          <>
            <input
              ref={picker}
              id="forms-files"
              className={styles.hidden}
              type="file"
              tabIndex={-1}
              multiple
              accept=".xlsx,.xlsm"
              aria-label={t('formsMergeFiles', lang)}
              onChange={(e) => {
                // copied now: clearing the input below empties its live FileList before the merge reads it
                const files = [...(e.target.files ?? [])];
                if (files.length) void merge(files);
                e.target.value = '';
              }}
            />
            <Button disabled={busy} onClick={() => picker.current?.click()}>
              {t('formsMergeFiles', lang)}
            </Button>
          </>
        )}
      </div>
      {status && (
        <Text role="status" aria-live="polite">
          {status}
        </Text>
      )}
      {problems.length > 0 && (
        <MessageBar intent={problems.some((p) => p.severity === 'error') ? 'error' : 'warning'}>
          <MessageBarBody>
            <MessageBarTitle>{t('formsProblems', lang)}</MessageBarTitle>
            <ul className={styles.list}>
              {problems.map((p, i) => (
                <li key={i}>{p.text}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
