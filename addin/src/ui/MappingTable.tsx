import { Badge, Button, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { Plan } from '@thidua/core';
import { mappingRows, type MappingLevel, type ColumnMapping } from '@thidua/core/sheet';
import { t, type UiLang } from '../i18n';
import {
  chooseTarget,
  columnLabel,
  confirmColumn,
  selfAssessedColumn,
  targetFromValue,
  targetValue,
  type TargetOptionGroup,
} from '../mapping-options';
import type { Detection } from '../workflow';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline', minWidth: 0 },
  letter: { flexShrink: 0 },
  title: { minWidth: 0, overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
  samples: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  select: { width: '100%', maxWidth: '100%', minWidth: 0 },
  selectControl: { width: '100%', maxWidth: '100%', minWidth: 0, textOverflow: 'ellipsis' },
  verdict: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    minWidth: 0,
  },
  why: { fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere', minWidth: 0 },
});

const BADGE: Record<MappingLevel, 'success' | 'warning' | 'danger' | 'brand'> = {
  confirmed: 'brand',
  high: 'success',
  uncertain: 'warning',
  none: 'danger',
};
const LEVEL_TEXT = {
  confirmed: 'levelConfirmed',
  high: 'levelHigh',
  uncertain: 'levelUncertain',
  none: 'levelNone',
} as const;

/**
 * Step 2's column mapping, one card per column so it fits a 320 px pane: the column letter and its full title
 * (with its groups), three sample values, the target (a dropdown), its confidence and why; an uncertain one gets a
 * "Đúng" button. Rendered with table roles, so it reads as the table "Ghép cột với tiêu chí".
 */
export function MappingTable({
  lang,
  plan,
  detection,
  groups,
  options,
  onChange,
}: {
  lang: UiLang;
  plan: Plan;
  detection: Detection;
  groups: TargetOptionGroup[];
  options: Map<string, string>;
  onChange: (mapping: ColumnMapping, notice?: string) => void;
}) {
  const styles = useStyles();
  const { mapping, sheet, layout } = detection;
  const rows = useMemo(
    () => mappingRows(sheet, mapping, plan, lang, layout),
    [sheet, mapping, plan, lang, layout],
  );
  return (
    <div role="table" aria-label={t('mapping', lang)} className={styles.list}>
      {rows.map((row) => {
        const column = mapping.columns.find((c) => c.index === row.index);
        const header = column?.header ?? row.title;
        // the unit's own figure beside the appraised one: shown as such, not as a column feeding nothing
        const self = column ? selfAssessedColumn(mapping, column, groups, lang) : undefined;
        const value = self?.value ?? targetValue(row.target);
        const letter = row.line.replace(/^\S+\s/, '');
        return (
          <div role="row" key={row.index} className={styles.card}>
            <div role="cell" className={styles.head}>
              <Badge appearance="outline" className={styles.letter} title={row.line}>
                {letter}
              </Badge>
              <Text className={styles.title}>{row.title || t('noHeader', lang)}</Text>
            </div>
            <div role="cell" className={styles.samples}>
              {t('samples', lang)}: {row.samples.length ? row.samples.join(' · ') : '—'}
            </div>
            <div role="cell">
              <Select
                size="small"
                className={styles.select}
                select={{ className: styles.selectControl }}
                aria-label={columnLabel(mapping.orientation, row.index, header, lang)}
                value={value}
                title={self?.text ?? options.get(value) ?? t('notMapped', lang)}
                onChange={(_, d) => {
                  if (self && d.value === self.value) return;
                  const chosen = chooseTarget(
                    mapping,
                    row.index,
                    targetFromValue(groups, d.value),
                    groups,
                    lang,
                  );
                  onChange(chosen.mapping, chosen.notice);
                }}
              >
                <option value="">{t('notMapped', lang)}</option>
                {self && (
                  <optgroup label={t('groupSelf', lang)}>
                    <option value={self.value}>{self.text}</option>
                  </optgroup>
                )}
                {value && !self && !options.has(value) && (
                  <option value={value} disabled>
                    {t('unknownTarget', lang, { id: row.target?.id ?? '' })}
                  </option>
                )}
                {groups.map((g) => (
                  <optgroup key={g.kind} label={g.label}>
                    {g.options.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.text}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </Select>
            </div>
            <div role="cell" className={styles.verdict}>
              <Badge appearance="tint" color={self ? 'informative' : BADGE[row.level]}>
                {row.target ? `${Math.round(row.confidence * 100)}%` : self ? '↔' : '—'}
              </Badge>
              <Text size={200}>{self ? t('levelSelf', lang) : t(LEVEL_TEXT[row.level], lang)}</Text>
              {row.level === 'uncertain' && (
                <Button
                  size="small"
                  aria-label={t('confirmLabel', lang, { line: row.line, target: row.targetText ?? '' })}
                  onClick={() => onChange(confirmColumn(mapping, row.index))}
                >
                  {t('confirm', lang)}
                </Button>
              )}
              <Text className={styles.why}>{self?.why ?? row.why}</Text>
            </div>
          </div>
        );
      })}
    </div>
  );
}
