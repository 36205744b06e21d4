import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { formatMoney, formatPoints } from '@thidua/core';
import { word } from '@thidua/core/messages';
import { t, type StringKey } from '../i18n';
import { runScoring, type Phase } from '../workflow';
import type { StepProps } from './App';
import { basisOf } from './pane-state';
import { CoverageNotice } from './CoverageNotice';
import { HiddenUnitsNotice } from './HiddenUnitsNotice';
import { useCoverage } from './useCoverage';
import { LimitedList } from './LimitedList';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  table: { fontSize: tokens.fontSizeBase200 },
  // a 320 px pane: the unit's name gets the room, rank and total only what their figures need
  rank: { width: '2.75em' },
  total: { width: '4.5em' },
  award: { width: '30%' },
  name: { overflowWrap: 'anywhere' },
  // a long unit name ("Xã … thuộc huyện …, tỉnh …") keeps three lines in a 320 px pane; all of it on hover and for
  // a screen reader (the text is all there)
  clamped: {
    overflowWrap: 'anywhere',
    display: '-webkit-box',
    WebkitLineClamp: 3,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
  },
  title: { fontWeight: tokens.fontWeightSemibold },
});

const PROGRESS: Record<Phase, { value: number; label: StringKey }> = {
  read: { value: 0.15, label: 'phaseRead' },
  score: { value: 0.45, label: 'phaseScore' },
  write: { value: 0.8, label: 'phaseWrite' },
  done: { value: 1, label: 'phaseDone' },
};
const TOP = 10;

/**
 * Step 4: read → score → write, with progress; then the top units, the prize fund, ties and exclusions. A sheet
 * whose columns feed nothing of the plan is refused (red, nothing scored or written); one feeding part of it lists
 * what is not read and scores only once the official confirms.
 */
export function ScoreStep({ lang, state, dispatch, onError, config, tokens: tokenProvider }: StepProps) {
  const styles = useStyles();
  const { host, loaded, detection, run, phase } = state;
  const [busy, setBusy] = useState(false);
  const [sheets, setSheets] = useState({ results: true, proposals: true });
  const { gate, confirmed, setConfirmed, refused, waiting } = useCoverage(state, dispatch);

  if (!host) return <Text>{t('needWorkbook', lang)}</Text>;
  if (!loaded) return <Text>{t('needPlan', lang)}</Text>;
  if (!detection) return <Text>{t('needTable', lang)}</Text>;

  const go = async () => {
    setBusy(true);
    onError(undefined);
    const basis = basisOf(state);
    const setPhase = (next?: Phase) => dispatch({ type: 'run-phase', phase: next, basis });
    try {
      const result = await runScoring(
        host,
        {
          loaded,
          mapping: detection.mapping,
          block: state.block,
          lang,
          sheets,
          allowPartial: confirmed,
          api: {
            baseUrl: config.apiBase,
            timeoutMs: config.timeoutMs,
            retries: config.retries,
            getToken: tokenProvider ? () => tokenProvider.getToken() : undefined,
          },
        },
        setPhase,
      );
      dispatch({ type: 'run-finished', run: result, settings: await host.readSettings(), basis });
    } catch (err) {
      setPhase(undefined);
      onError(err);
    } finally {
      setBusy(false);
    }
  };

  const summary = run?.response.summary;
  const ranked = run
    ? [...run.response.results].filter((r) => r.rank !== null).sort((a, b) => a.rank! - b.rank!)
    : [];
  const left = run?.response.results.filter((r) => r.excluded || !r.eligible) ?? [];
  const ties = summary?.blocks.flatMap((b) => b.ties) ?? [];
  const planned = summary?.prizeFundPlanned;
  // both scores side by side, in the order of the ranking (appraised unless the plan says otherwise)
  const appraisal = run?.response.appraisal;
  const rankOf = (u: NonNullable<typeof appraisal>['units'][number]) =>
    (appraisal?.rankOn === 'self' ? u.selfRank : u.appraisedRank) ?? Number.MAX_SAFE_INTEGER;
  const appraised = appraisal ? [...appraisal.units].sort((a, b) => rankOf(a) - rankOf(b)).slice(0, TOP) : [];

  return (
    <>
      <div className={styles.row}>
        <Checkbox
          label={t('resultsSheet', lang)}
          checked={sheets.results}
          onChange={(_, d) => setSheets((s) => ({ ...s, results: Boolean(d.checked) }))}
        />
        <Checkbox
          label={t('proposalsSheet', lang)}
          checked={sheets.proposals}
          onChange={(_, d) => setSheets((s) => ({ ...s, proposals: Boolean(d.checked) }))}
        />
      </div>
      <CoverageNotice gate={gate} lang={lang} confirmed={confirmed} onConfirm={setConfirmed} />
      <HiddenUnitsNotice detection={detection} lang={lang} />
      <Button appearance="primary" disabled={busy || refused || waiting} onClick={() => void go()}>
        {t('score', lang)}
      </Button>
      {phase && (
        <Field validationMessage={t(PROGRESS[phase].label, lang)} validationState="none">
          <ProgressBar value={PROGRESS[phase].value} aria-label={t(PROGRESS[phase].label, lang)} />
        </Field>
      )}
      {run && (
        <MessageBar
          intent={run.source === 'api' && !run.notMapped.length ? 'success' : 'warning'}
          role="status"
        >
          <MessageBarBody>
            {run.source === 'api'
              ? t('scoredByApi', lang)
              : t('scoredLocally', lang, {
                  reason: (lang === 'en' ? run.fallbackReasonEn : run.fallbackReason) ?? '',
                })}{' '}
            {host.kind === 'excel'
              ? t('written', lang, { cells: run.write.cellsWritten, syncs: run.write.syncs })
              : t('writtenFile', lang, { cells: run.write.cellsWritten })}
            {run.notMapped.length > 0 && ` ${t('scoredPartial', lang, { count: run.notMapped.length })}`}
            {run.sheetsRead.length > 1 &&
              ` ${t('sheetsRead', lang, {
                count: run.sheetsRead.length,
                sheets: run.sheetsRead.map((n) => `"${n}"`).join(', '),
              })}`}
          </MessageBarBody>
        </MessageBar>
      )}
      {run?.write.protectedSheets?.length ? (
        <MessageBar intent="warning" role="status">
          <MessageBarBody>
            {t('writtenProtected', lang, {
              sheets: run.write.protectedSheets.map((n) => `"${n}"`).join(', '),
            })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {run && run.lang !== lang && (
        <MessageBar intent="info" role="status">
          <MessageBarBody>{t('runInOtherLang', lang)}</MessageBarBody>
        </MessageBar>
      )}
      {run && run.warnings.length > 0 && (
        <MessageBar intent="warning" role="status">
          <MessageBarBody>
            {run.warnings.map((w) => (
              <div key={w.message}>{lang === 'en' ? w.messageEn : w.message}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {run && summary && (
        <>
          <Text as="h2" className={styles.title}>
            {t('topUnits', lang)}
          </Text>
          <Table size="extra-small" className={styles.table} aria-label={t('topUnits', lang)}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.rank}>{t('colRank', lang)}</TableHeaderCell>
                <TableHeaderCell>{t('colUnit', lang)}</TableHeaderCell>
                <TableHeaderCell className={styles.total}>{t('colTotal', lang)}</TableHeaderCell>
                <TableHeaderCell className={styles.award}>{t('colAward', lang)}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {ranked.slice(0, TOP).map((u) => (
                <TableRow key={u.unitId}>
                  <TableCell>{u.rank}</TableCell>
                  <TableCell className={styles.name}>
                    <span className={styles.clamped} title={u.name}>
                      {u.name}
                    </span>
                  </TableCell>
                  <TableCell>{formatPoints(u.total, lang)}</TableCell>
                  <TableCell>
                    {u.award
                      ? `${u.award.name}${u.award.prize ? ` — ${formatMoney(u.award.prize, lang)} ${t('dong', lang)}` : ''}`
                      : u.pendingTiers.length
                        ? u.flags.some((f) => f.code === 'pending-missing-data')
                          ? t('heldForData', lang)
                          : t('ties', lang)
                        : ''}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {appraisal && (
            <>
              <Text as="h2" className={styles.title}>
                {t('appraisalTitle', lang)}
              </Text>
              <Text>
                {t('appraisalRankOn', lang, {
                  changed: appraisal.changed,
                  on: t(appraisal.rankOn === 'self' ? 'appraisalOnSelf' : 'appraisalOnAppraised', lang),
                })}
              </Text>
              <Table size="extra-small" className={styles.table} aria-label={t('appraisalTitle', lang)}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t('colUnit', lang)}</TableHeaderCell>
                    <TableHeaderCell className={styles.total}>
                      {word('appraisal.self-total', lang)}
                    </TableHeaderCell>
                    <TableHeaderCell className={styles.total}>
                      {word('appraisal.appraised-total', lang)}
                    </TableHeaderCell>
                    <TableHeaderCell className={styles.total}>
                      {word('appraisal.difference', lang)}
                    </TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {appraised.map((u) => (
                    <TableRow key={u.unitId}>
                      <TableCell className={styles.name}>
                        <span className={styles.clamped} title={u.name}>
                          {u.name}
                        </span>
                      </TableCell>
                      <TableCell>{u.selfTotal === null ? '—' : formatPoints(u.selfTotal, lang)}</TableCell>
                      <TableCell>
                        {u.appraisedTotal === null ? '—' : formatPoints(u.appraisedTotal, lang)}
                      </TableCell>
                      <TableCell>
                        {u.difference === null
                          ? '—'
                          : `${u.difference > 0 ? '+' : ''}${formatPoints(u.difference, lang)}`}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </>
          )}
          <Text>
            {t('prizeFund', lang, {
              used: formatMoney(summary.prizeFundUsed, lang),
              words: summary.prizeFundUsedInWords,
            })}
            {planned != null ? ` · ${t('prizePlanned', lang, { planned: formatMoney(planned, lang) })}` : ''}
            {summary.prizeFundPending > 0
              ? ` · ${t('prizePending', lang, { pending: formatMoney(summary.prizeFundPending, lang) })}`
              : ''}
          </Text>
          <Text as="h2" className={styles.title}>
            {t('ties', lang)}
          </Text>
          {ties.length ? (
            <ul>
              {ties.map((tie) => (
                <li key={`${tie.block}-${tie.rank}`}>{tie.message}</li>
              ))}
            </ul>
          ) : (
            <Text>{t('none', lang)}</Text>
          )}
          <Text as="h2" className={styles.title}>
            {t('exclusions', lang)}
          </Text>
          {left.length ? (
            <LimitedList
              items={left}
              lang={lang}
              label={t('exclusions', lang)}
              className={styles.name}
              itemKey={(u) => u.unitId}
              render={(u) => `${u.name}: ${u.reasons.join('; ')}`}
            />
          ) : (
            <Text>{t('none', lang)}</Text>
          )}
        </>
      )}
    </>
  );
}
