import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { cellAddress } from '@thidua/core/sheet';
import { t } from '../i18n';
import { check, coverageOf, problemCell } from '../workflow';
import type { StepProps } from './App';
import { basisOf } from './pane-state';
import { CoverageNotice } from './CoverageNotice';
import { onHighlight, type SelectedCell } from './preview-bus';
import { LimitedList } from './LimitedList';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    padding: 0,
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
  problem: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    height: 'auto',
    minHeight: '28px',
    fontWeight: 'normal',
  },
  selected: {
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorPaletteYellowBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** Step 3: every problem the sheet would give, each one a button that selects its cell. */
export function CheckStep({ lang, state, dispatch, onError }: StepProps) {
  const styles = useStyles();
  const { host, loaded, detection, extraction } = state;
  const [selected, setSelected] = useState<SelectedCell>();
  useEffect(() => onHighlight(setSelected), []);
  const gate = useMemo(
    () => (detection && loaded ? coverageOf(detection, loaded.plan, state.block) : undefined),
    [detection, loaded, state.block],
  );

  if (!host) return <Text>{t('needWorkbook', lang)}</Text>;
  if (!loaded) return <Text>{t('needPlan', lang)}</Text>;
  if (!detection) return <Text>{t('needTable', lang)}</Text>;

  const runCheck = async () => {
    const basis = basisOf(state);
    try {
      // Re-read: the official may have corrected cells since the table was detected.
      const sheet = await host.readSheet(detection.mapping.sheet);
      dispatch({
        type: 'checked',
        sheet,
        extraction: check(sheet, detection.mapping, loaded.plan, state.block, detection.problems),
        basis,
      });
      onError(undefined);
    } catch (err) {
      onError(err);
    }
  };

  const problems = extraction?.problems ?? [];
  const selectedValue =
    selected && detection.sheet.name === selected.sheet
      ? detection.sheet.values[selected.at.row - detection.sheet.origin.row]?.[
          selected.at.col - detection.sheet.origin.col
        ]
      : undefined;

  return (
    <>
      <Button appearance="primary" onClick={() => void runCheck()}>
        {t('check', lang)}
      </Button>
      {extraction && gate && !gate.ok && gate.code === 'nothing-mapped' && (
        <CoverageNotice gate={gate} lang={lang} />
      )}
      {extraction && problems.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{t('noProblems', lang)}</MessageBarBody>
        </MessageBar>
      )}
      {problems.length > 0 && (
        <>
          <Text role="status">{t('problemsFound', lang, { count: problems.length })}</Text>
          <LimitedList
            items={problems}
            lang={lang}
            label={t('stepCheck', lang)}
            className={styles.list}
            itemKey={(p, i) => `${p.path}-${i}`}
            render={(p) => {
              const cell = problemCell(p);
              const message = lang === 'en' && p.messageEn ? p.messageEn : p.message;
              return (
                <Button
                  appearance="subtle"
                  size="small"
                  className={styles.problem}
                  disabled={!cell}
                  onClick={() => cell && void host.select(cell.sheet, cell.at).catch(onError)}
                >
                  {cell && !message.includes(cellAddress(cell.at))
                    ? `${cell.sheet}!${cellAddress(cell.at)}: `
                    : ''}
                  {message}
                </Button>
              );
            }}
          />
        </>
      )}
      {selected && host.kind === 'file' && (
        <div className={styles.selected} role="status" aria-live="polite">
          {selected.sheet}!{cellAddress(selected.at)}
          {selectedValue !== undefined
            ? ` = ${selectedValue === null ? t('blankCell', lang) : String(selectedValue)}`
            : ''}
        </div>
      )}
    </>
  );
}
