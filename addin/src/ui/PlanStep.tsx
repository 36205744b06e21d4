import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
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
import { useMemo, useRef, useState } from 'react';
import { formatMoney, formatNumber } from '@thidua/core';
import { t } from '../i18n';
import {
  builtInChoices,
  loadBuiltIn,
  loadPlanJson,
  readPlanSheet,
  writePlanSheet,
  type PlanResult,
} from '../workflow';
import type { StepProps } from './App';
import { PaneError, PlanInvalidError, type PlanOrigin } from '../pane-error';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  // a native <select> is as wide as its longest option (a plan's full title): held to the pane's width
  field: { minWidth: 0, maxWidth: '100%' },
  select: { width: '100%', maxWidth: '100%', minWidth: 0 },
  selectControl: { width: '100%', maxWidth: '100%', minWidth: 0, textOverflow: 'ellipsis' },
  wrap: { overflowWrap: 'anywhere' },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' },
  table: { fontSize: tokens.fontSizeBase200 },
  title: { fontWeight: tokens.fontWeightSemibold },
});

/** Step 1: pick a built-in plan and block, or load one (JSON file, stored in the workbook); show what it says. */
export function PlanStep({ lang, state, dispatch, onError }: StepProps) {
  const styles = useStyles();
  const choices = useMemo(() => builtInChoices(), []);
  const fileInput = useRef<HTMLInputElement>(null);
  const plan = state.loaded?.plan;
  const localized = (vi: string, en?: string) => (lang === 'en' && en ? en : vi);

  const [notice, setNotice] = useState<string>();
  const adopt = (result: PlanResult, origin: PlanOrigin) => {
    if (!result.ok) return onError(new PlanInvalidError(result.problems, origin));
    onError(undefined);
    dispatch({ type: 'plan-chosen', loaded: result.loaded });
  };

  const readSheet = async () => {
    if (!state.host) return onError(new PaneError('needWorkbook'));
    setNotice(undefined);
    adopt(await readPlanSheet(state.host, plan), 'sheet');
  };

  const writeSheet = async () => {
    if (!state.host) return onError(new PaneError('needWorkbook'));
    if (!plan) return onError(new PaneError('needPlan'));
    setNotice(t('criteriaSheetWritten', lang, { sheet: await writePlanSheet(state.host, plan, lang) }));
  };

  const choose = (id: string) => {
    if (id) adopt(loadBuiltIn(id), 'builtin');
  };

  const loadFile = async (file: File) => adopt(loadPlanJson(await file.text(), 'json', file.name), 'file');

  return (
    <>
      <Field label={t('builtInPlan', lang)} className={styles.field}>
        <Select
          className={styles.select}
          select={{ className: styles.selectControl }}
          title={state.loaded ? localized(state.loaded.plan.title, state.loaded.plan.titleEn) : undefined}
          value={state.loaded?.builtInId ?? ''}
          onChange={(_, d) => choose(d.value)}
        >
          <option value="">—</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {localized(c.plan.title, c.plan.titleEn)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          tabIndex={-1}
          accept=".json,application/json"
          aria-label={t('loadPlanJson', lang)}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void loadFile(file).catch(onError);
            e.target.value = '';
          }}
        />
        <Button onClick={() => fileInput.current?.click()}>{t('loadPlanJson', lang)}</Button>
        <Button disabled={!state.host} onClick={() => void readSheet().catch(onError)}>
          {t('readCriteriaSheet', lang)}
        </Button>
        <Button disabled={!state.host || !plan} onClick={() => void writeSheet().catch(onError)}>
          {t('writeCriteriaSheet', lang)}
        </Button>
      </div>
      {notice && (
        <MessageBar intent="info">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {plan && (
        <>
          <Field label={t('block', lang)} className={styles.field}>
            <Select
              className={styles.select}
              select={{ className: styles.selectControl }}
              value={state.block ?? ''}
              onChange={(_, d) => dispatch({ type: 'block-chosen', block: d.value || undefined })}
            >
              <option value="">{t('allBlocks', lang)}</option>
              {plan.blocks.map((b) => (
                <option key={b.id} value={b.id}>
                  {localized(b.name, b.nameEn)}
                </option>
              ))}
            </Select>
          </Field>
          <MessageBar intent="success">
            <MessageBarBody>
              {t('planLoaded', lang, { title: localized(plan.title, plan.titleEn), version: plan.version })} —{' '}
              {plan.source.number}, {plan.source.issuer}
            </MessageBarBody>
          </MessageBar>
          <Text as="h2" className={styles.title}>
            {t('criteria', lang)} ({plan.criteria.length})
          </Text>
          <Table size="extra-small" className={styles.table} aria-label={t('criteria', lang)}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('colNumber', lang)}</TableHeaderCell>
                <TableHeaderCell>{t('colTitle', lang)}</TableHeaderCell>
                <TableHeaderCell>{t('colMax', lang)}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {plan.criteria.map((c) => (
                <TableRow key={c.id}>
                  <TableCell>{c.number}</TableCell>
                  <TableCell className={styles.wrap}>{localized(c.title, c.titleEn)}</TableCell>
                  <TableCell>{formatNumber(c.maxPoints, undefined, lang)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Text as="h2" className={styles.title}>
            {t('tiers', lang)}
          </Text>
          <Table size="extra-small" className={styles.table} aria-label={t('tiers', lang)}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('colTier', lang)}</TableHeaderCell>
                <TableHeaderCell>{t('colCount', lang)}</TableHeaderCell>
                <TableHeaderCell>{t('colMinTotal', lang)}</TableHeaderCell>
                <TableHeaderCell>{t('colPrize', lang)}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {plan.awards.tiers.map((tier) => (
                <TableRow key={tier.id}>
                  <TableCell>{localized(tier.name, tier.nameEn)}</TableCell>
                  <TableCell>{tier.count}</TableCell>
                  <TableCell>{formatNumber(tier.minTotal, undefined, lang)}</TableCell>
                  <TableCell>{tier.prize === null ? '—' : formatMoney(tier.prize, lang)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {plan.notes.length > 0 && (
            <>
              <Text as="h2" className={styles.title}>
                {t('notes', lang)}
              </Text>
              <ul>
                {plan.notes.map((n) => (
                  <li key={n.id}>
                    <strong>{n.topic}:</strong> {localized(n.reading, n.readingEn)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </>
  );
}
