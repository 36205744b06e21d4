import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { diffRuns, vietnamTime, snapshotOf, type CouncilDecision } from '@thidua/core/council';
import { finalRecordOf, previewPlan, recordDecision } from '../council';
import { t, type StringKey } from '../i18n';
import { readPlanSheet, runScoring } from '../workflow';
import type { StepProps } from './App';
import { basisOf } from './pane-state';
import { DiffView } from './DiffView';

const useStyles = makeStyles({
  title: { fontWeight: tokens.fontWeightSemibold },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'flex-end' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type Kind = 'tie' | 'zero' | 'hold' | 'exclude' | 'include' | 'vote';
const KINDS: { id: Kind; label: StringKey }[] = [
  { id: 'tie', label: 'councilKindTie' },
  { id: 'zero', label: 'councilKindZero' },
  { id: 'hold', label: 'councilKindHold' },
  { id: 'exclude', label: 'councilKindExclude' },
  { id: 'include', label: 'councilKindInclude' },
  { id: 'vote', label: 'councilKindVote' },
];

/** Today in Viet Nam (UTC+7), as an ISO date. */
function today(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

interface Form {
  kind: Kind;
  unit: string;
  award: string;
  rule: string;
  votesFor: string;
  members: string;
  reason: string;
  date: string;
  recordedBy: string;
}

/** The decision the form describes, or the labels of the fields still to fill. */
function decisionOf(f: Form): CouncilDecision | StringKey[] {
  const missing: StringKey[] = [];
  if (!f.unit) missing.push('councilUnit');
  if ((f.kind === 'tie' || f.kind === 'vote') && !f.award) missing.push('councilAward');
  if ((f.kind === 'exclude' || f.kind === 'include') && !f.rule.trim()) missing.push('councilRule');
  const votesFor = Number(f.votesFor);
  const members = Number(f.members);
  if (f.kind === 'vote' && !(Number.isInteger(votesFor) && votesFor >= 0 && f.votesFor !== ''))
    missing.push('councilVotesFor');
  if (f.kind === 'vote' && !(Number.isInteger(members) && members >= Math.max(1, votesFor)))
    missing.push('councilMembers');
  if (!f.reason.trim()) missing.push('councilReason');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.date)) missing.push('councilDate');
  if (!f.recordedBy.trim()) missing.push('councilBy');
  if (missing.length) return missing;
  const base = { unit: f.unit, date: f.date, recordedBy: f.recordedBy.trim(), reason: f.reason.trim() };
  switch (f.kind) {
    case 'tie':
      return { kind: 'tie', ...base, award: f.award };
    case 'vote':
      return { kind: 'vote', ...base, award: f.award, votesFor, members };
    case 'exclude':
    case 'include':
      return { kind: f.kind, ...base, rule: f.rule.trim() };
    default:
      return { kind: 'missing', ...base, rule: f.kind };
  }
}

/**
 * Step 6: what waits for the council (ties, held awards, votes), a form that writes one decision on the "Quyết định
 * của Hội đồng" sheet, "Chấm lại" to apply the decisions (each applied or refused, with what the run changed), the
 * plan edit's impact before it is saved, and marking the results final.
 */
export function CouncilStep({ lang, state, dispatch, onError, config, tokens: tokenProvider }: StepProps) {
  const styles = useStyles();
  const { host, loaded, detection, run, settings, planPreview: preview } = state;
  const [form, setForm] = useState<Form>({
    kind: 'tie',
    unit: '',
    award: '',
    rule: '',
    votesFor: '',
    members: '',
    reason: '',
    date: today(),
    recordedBy: '',
  });
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [finalBy, setFinalBy] = useState('');
  const [replace, setReplace] = useState(false);

  if (!host) return <Text>{t('needWorkbook', lang)}</Text>;
  if (!loaded) return <Text>{t('needPlan', lang)}</Text>;
  if (!detection) return <Text>{t('needTable', lang)}</Text>;

  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  const results = run?.response.results ?? [];
  const names = new Map<string, number>();
  for (const r of results) names.set(r.name, (names.get(r.name) ?? 0) + 1);
  const awards = [
    ...loaded.plan.awards.tiers.map((x) => x.name),
    ...(form.kind === 'vote' ? (loaded.plan.awards.decisions ?? []).map((d) => d.name) : []),
  ];
  const summary = run?.response.summary;
  const ties = summary?.blocks.flatMap((b) => b.ties) ?? [];
  const held = summary?.blocks.flatMap((b) => b.heldForData) ?? [];
  const votes = run?.response.council?.votesNeeded ?? [];
  const nameOf = (id: string) => results.find((r) => r.unitId === id)?.name ?? id;
  const final = finalRecordOf(settings);
  const current = run ? snapshotOf(run.response) : undefined;
  const versusFinal = final && current ? diffRuns(final.snapshot, current) : undefined;

  // the unit as the form names it: its name, or its id where two units share the name
  const label = (r: { unitId: string; name: string }) => ((names.get(r.name) ?? 0) > 1 ? r.unitId : r.name);
  /** A tie decision names the units the council compared, so a later run with another tie refuses it. */
  const withComparedUnits = (d: CouncilDecision): CouncilDecision => {
    if (d.kind !== 'tie') return d;
    const chosen = results.find((r) => label(r) === d.unit);
    const tie = chosen && ties.find((x) => x.unitIds.includes(chosen.unitId));
    if (!chosen || !tie) return d;
    const others = results.filter((r) => r.unitId !== chosen.unitId && tie.unitIds.includes(r.unitId));
    return others.length ? { ...d, tiedWith: others.map(label) } : d;
  };

  const guard = async (work: () => Promise<void>) => {
    setBusy(true);
    onError(undefined);
    setNotice(undefined);
    try {
      await work();
    } catch (err) {
      onError(err);
    } finally {
      setBusy(false);
    }
  };

  const save = () =>
    guard(async () => {
      const decision = decisionOf(form);
      if (Array.isArray(decision)) {
        setNotice(t('councilMissingFields', lang, { fields: decision.map((k) => t(k, lang)).join(', ') }));
        return;
      }
      await recordDecision(host, withComparedUnits(decision), lang);
      dispatch({ type: 'settings-saved', settings: await host.readSettings() });
      setNotice(t('councilSaved', lang));
    });

  const rescore = (mark?: { by?: string; replace?: boolean }) =>
    guard(async () => {
      const basis = basisOf(state);
      const result = await runScoring(host, {
        loaded,
        mapping: detection.mapping,
        block: state.block,
        lang,
        allowPartial: (run?.notMapped.length ?? 0) > 0,
        final: mark,
        api: {
          baseUrl: config.apiBase,
          timeoutMs: config.timeoutMs,
          retries: config.retries,
          getToken: tokenProvider ? () => tokenProvider.getToken() : undefined,
        },
      });
      dispatch({ type: 'run-finished', run: result, settings: await host.readSettings(), basis });
    });

  const previewImpact = () =>
    guard(async () => {
      const basis = basisOf(state);
      const read = await readPlanSheet(host, loaded.plan);
      if (!read.ok) {
        setNotice(
          read.problems.map((p) => (lang === 'en' ? (p.messageEn ?? p.message) : p.message)).join('; '),
        );
        return;
      }
      const out = await previewPlan(host, read.loaded.plan, detection.mapping, { block: state.block, lang });
      if ('problem' in out) setNotice(out.problem);
      else dispatch({ type: 'preview-ready', preview: { diff: out.diff, blocks: out.after.blocks }, basis });
    });

  const report = run?.response.council;
  return (
    <>
      <Text>{t('councilIntro', lang)}</Text>
      <Text as="h2" className={styles.title}>
        {t('councilOpen', lang)}
      </Text>
      {ties.length || held.length || votes.length ? (
        <ul className={styles.list} aria-label={t('councilOpen', lang)}>
          {ties.map((tie) => (
            <li key={`${tie.block}-${tie.rank}`}>{tie.message}</li>
          ))}
          {held.map((h) => (
            <li key={`held-${h.unitId}`}>
              {t('councilHeld', lang, {
                unit: nameOf(h.unitId),
                missing: h.missing.join(', '),
                count: h.holds.length,
              })}
            </li>
          ))}
          {votes.map((v) => (
            <li key={`vote-${v.unitId}-${v.award}`}>
              {t('councilVote', lang, { unit: nameOf(v.unitId), award: v.award, share: v.share })}
            </li>
          ))}
        </ul>
      ) : (
        <Text>{t('councilNothing', lang)}</Text>
      )}

      <Text as="h2" className={styles.title}>
        {t('councilRecord', lang)}
      </Text>
      <div className={styles.grid} role="group" aria-label={t('councilRecord', lang)}>
        <Field label={t('councilKind', lang)}>
          <Select value={form.kind} onChange={(_, d) => set({ kind: d.value as Kind })}>
            {KINDS.map((k) => (
              <option key={k.id} value={k.id}>
                {t(k.label, lang)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('councilUnit', lang)}>
          <Select value={form.unit} onChange={(_, d) => set({ unit: d.value })}>
            <option value="" />
            {results.map((r) => (
              <option key={r.unitId} value={label(r)}>
                {r.name}
              </option>
            ))}
          </Select>
        </Field>
        {(form.kind === 'tie' || form.kind === 'vote') && (
          <Field label={t('councilAward', lang)}>
            <Select value={form.award} onChange={(_, d) => set({ award: d.value })}>
              <option value="" />
              {awards.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {(form.kind === 'exclude' || form.kind === 'include') && (
          <Field label={t('councilRule', lang)}>
            <Input value={form.rule} onChange={(_, d) => set({ rule: d.value })} />
          </Field>
        )}
        {form.kind === 'vote' && (
          <>
            <Field label={t('councilVotesFor', lang)}>
              <Input type="number" value={form.votesFor} onChange={(_, d) => set({ votesFor: d.value })} />
            </Field>
            <Field label={t('councilMembers', lang)}>
              <Input type="number" value={form.members} onChange={(_, d) => set({ members: d.value })} />
            </Field>
          </>
        )}
        <Field label={t('councilReason', lang)}>
          <Textarea value={form.reason} onChange={(_, d) => set({ reason: d.value })} />
        </Field>
        <Field label={t('councilDate', lang)}>
          <Input type="date" value={form.date} onChange={(_, d) => set({ date: d.value })} />
        </Field>
        <Field label={t('councilBy', lang)}>
          <Input value={form.recordedBy} onChange={(_, d) => set({ recordedBy: d.value })} />
        </Field>
      </div>
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => void save()}>
          {t('councilSave', lang)}
        </Button>
        <Button appearance="primary" disabled={busy} onClick={() => void rescore()}>
          {t('councilRescore', lang)}
        </Button>
      </div>
      {notice && (
        <MessageBar intent="info" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}

      {report && (
        <section aria-label={t('councilOutcomes', lang)}>
          <Text as="h2" className={styles.title}>
            {t('councilOutcomes', lang)}
          </Text>
          <ul className={styles.list}>
            {report.decisions.map((d) => (
              <li key={d.index}>
                {t(d.status === 'applied' ? 'councilApplied' : 'councilRefused', lang)}: {d.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      {run?.councilProblems?.length ? (
        <MessageBar intent="warning" role="status">
          <MessageBarBody>
            {t('councilSheetProblems', lang)}:{' '}
            {run.councilProblems
              .map((p) => `${p.path}: ${lang === 'en' ? (p.messageEn ?? p.message) : p.message}`)
              .join('; ')}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {run?.previous && current && (
        <DiffView
          diff={diffRuns(run.previous, current)}
          title={t('diffTitle', lang)}
          lang={lang}
          blocks={current.blocks}
        />
      )}

      <Text as="h2" className={styles.title}>
        {t('previewImpact', lang)}
      </Text>
      <Text>{t('previewIntro', lang)}</Text>
      <Button disabled={busy} onClick={() => void previewImpact()}>
        {t('previewImpact', lang)}
      </Button>
      {preview && (
        <DiffView
          diff={preview.diff}
          title={t('diffPreviewTitle', lang)}
          lang={lang}
          blocks={preview.blocks}
        />
      )}

      <Text as="h2" className={styles.title}>
        {t('finalTitle', lang)}
      </Text>
      <Text>
        {final
          ? t('finalMarkedAt', lang, {
              at: vietnamTime(final.markedAt),
              by: final.markedBy ? ` (${final.markedBy})` : '',
            })
          : t('finalNone', lang)}
      </Text>
      {versusFinal && !versusFinal.same && (
        <DiffView diff={versusFinal} title={t('diffFinalTitle', lang)} lang={lang} blocks={current?.blocks} />
      )}
      <div className={styles.row}>
        <Field label={t('finalBy', lang)}>
          <Input value={finalBy} onChange={(_, d) => setFinalBy(d.value)} />
        </Field>
        {final && (
          <Checkbox
            label={t('finalReplace', lang)}
            checked={replace}
            onChange={(_, d) => setReplace(Boolean(d.checked))}
          />
        )}
        <Button
          disabled={busy}
          onClick={() => void rescore({ ...(finalBy.trim() ? { by: finalBy.trim() } : {}), replace })}
        >
          {t('finalMark', lang)}
        </Button>
      </div>
    </>
  );
}
