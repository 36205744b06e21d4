import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { lineName, outlierWarning, workbookProblemText } from '@thidua/core/sheet';
import { t } from '../i18n';
import { mappingOptionGroups } from '../mapping-options';
import { coverageOf, createTemplate, detect, saveConfiguration } from '../workflow';
import type { StepProps } from './App';
import { PaneError } from '../pane-error';
import { basisOf } from './pane-state';
import { CoverageNotice } from './CoverageNotice';
import { HiddenUnitsNotice } from './HiddenUnitsNotice';
import { MappingTable } from './MappingTable';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'end', minWidth: 0 },
  select: { maxWidth: '100%', minWidth: 0 },
  title: { fontWeight: tokens.fontWeightSemibold },
});

/** Step 2: find the table, review and fix the column mapping, or create a scoring sheet from the plan. */
export function SheetStep({ lang, state, dispatch, onError }: StepProps) {
  const styles = useStyles();
  const { host, loaded, detection, sheetName, mappingNotice: moved } = state;
  const [sheets, setSheets] = useState<string[]>([]);
  const [notice, setNotice] = useState<string>();
  const plan = loaded?.plan;
  const groups = useMemo(() => (plan ? mappingOptionGroups(plan, lang) : []), [plan, lang]);
  const options = useMemo(
    () => new Map(groups.flatMap((g) => g.options.map((o) => [o.value, o.text] as const))),
    [groups],
  );

  // What the mapping reads of the plan, shown while the official maps columns (nothing mapped: what to do).
  const gate = useMemo(
    () => (detection && plan ? coverageOf(detection, plan, state.block) : undefined),
    [detection, plan, state.block],
  );

  useEffect(() => {
    if (!host) return;
    host.listSheets().then(setSheets, onError);
  }, [host, onError]);

  if (!host) return <Text>{t('needWorkbook', lang)}</Text>;
  if (!plan) return <Text>{t('needPlan', lang)}</Text>;

  const run = async (selection: boolean, orientation?: 'rows' | 'columns') => {
    setNotice(undefined);
    const basis = basisOf(state);
    try {
      const found = await detect(host, plan, {
        sheetName: sheetName || (orientation ? detection?.sheet.name : undefined),
        selection,
        settings: state.settings,
        ...(orientation ? { orientation } : {}),
      });
      if (!found) {
        onError(new PaneError('noTable', { sheet: sheetName || { key: 'activeSheet' } }));
        return dispatch({ type: 'table-detected', detection: undefined, basis });
      }
      onError(undefined);
      dispatch({ type: 'table-detected', detection: found, basis });
    } catch (err) {
      onError(err);
    }
  };

  const template = async () => {
    try {
      const created = await createTemplate(host, plan, { block: state.block, lang });
      setSheets(await host.listSheets());
      dispatch({ type: 'sheet-chosen', sheetName: created.sheet });
      setNotice(t('templateCreated', lang, { sheet: created.sheet }));
    } catch (err) {
      onError(err);
    }
  };

  const save = async () => {
    try {
      await saveConfiguration(host, plan, detection?.mapping);
      dispatch({ type: 'settings-saved', settings: await host.readSettings() });
      setNotice(t('mappingSaved', lang));
    } catch (err) {
      onError(err);
    }
  };

  const layout = detection?.layout;
  const mapping = detection?.mapping;
  // Non-empty cells far from the table were left out of the read: say which.
  const readWarning = detection ? outlierWarning(detection.sheet) : undefined;

  return (
    <>
      <div className={styles.row}>
        <Field label={t('sheetToRead', lang)} className={styles.select}>
          <Select
            className={styles.select}
            value={sheetName}
            onChange={(_, d) => dispatch({ type: 'sheet-chosen', sheetName: d.value })}
          >
            <option value="">{t('activeSheet', lang)}</option>
            {sheets.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
        <Button appearance="primary" onClick={() => void run(false)}>
          {t('detect', lang)}
        </Button>
        {host.readSelection && <Button onClick={() => void run(true)}>{t('detectSelection', lang)}</Button>}
      </div>
      <div className={styles.row}>
        <Button onClick={() => void template()}>{t('createTemplate', lang)}</Button>
        <Button onClick={() => void save()}>{t('saveMapping', lang)}</Button>
      </div>
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {layout && mapping && (
        <>
          <Text role="status">
            {detection.reused
              ? t('mappingReused', lang, {
                  sheet: layout.sheet,
                  from: layout.dataStart + 1,
                  to: layout.dataEnd + 1,
                  name: lineName(layout.orientation, layout.nameIndex, lang),
                })
              : t('tableFound', lang, {
                  sheet: layout.sheet,
                  from: layout.dataStart + 1,
                  to: layout.dataEnd + 1,
                  name: lineName(layout.orientation, layout.nameIndex, lang),
                  confidence: `${Math.round(layout.confidence * 100)}%`,
                })}
          </Text>
          {detection.problems.length > 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>
                {detection.problems.map((p) => (
                  <div key={p.path}>{lang === 'en' && p.messageEn ? p.messageEn : p.message}</div>
                ))}
              </MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.row}>
            {/* one click when the table runs the other way: units across the columns, criteria down the rows */}
            <Button
              size="small"
              onClick={() => void run(false, layout.orientation === 'rows' ? 'columns' : 'rows')}
            >
              {t(layout.orientation === 'rows' ? 'unitsAcross' : 'unitsDown', lang)}
            </Button>
          </div>
          {layout.formUnit && (
            <MessageBar intent="warning">
              <MessageBarBody>{t('formUnitName', lang, { name: layout.formUnit.name })}</MessageBarBody>
            </MessageBar>
          )}
          <CoverageNotice gate={gate} lang={lang} />
          <HiddenUnitsNotice detection={detection} lang={lang} />
          {readWarning && (
            <MessageBar intent="warning">
              <MessageBarBody>{workbookProblemText(readWarning, lang)}</MessageBarBody>
            </MessageBar>
          )}
          <Text as="h2" className={styles.title}>
            {t('mapping', lang)}
          </Text>
          {moved && (
            <MessageBar intent="info">
              <MessageBarBody>{moved}</MessageBarBody>
            </MessageBar>
          )}
          <MappingTable
            lang={lang}
            plan={plan}
            detection={detection}
            groups={groups}
            options={options}
            onChange={(next, notice) => dispatch({ type: 'mapping-edited', mapping: next, notice })}
          />
        </>
      )}
    </>
  );
}
