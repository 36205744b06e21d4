import { Checkbox, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { inLang, notMappedItemText, uncertainItemText, type Gate } from '@thidua/core/workflow';
import { t, type UiLang } from '../i18n';

/**
 * How much of the plan the mapping reads, said to the official: nothing mapped is a red refusal with what was read
 * and what to do; part of it lists the items no column feeds and, where scoring waits for it, asks to confirm.
 */
export function CoverageNotice({
  gate,
  lang,
  confirmed,
  onConfirm,
}: {
  gate: Gate | undefined;
  lang: UiLang;
  confirmed?: boolean;
  onConfirm?: (confirmed: boolean) => void;
}) {
  if (!gate) return null;
  if (!gate.ok && gate.code === 'nothing-mapped')
    return (
      <MessageBar intent="error" role="alert" layout="multiline">
        <MessageBarBody>{inLang(gate.problem, lang)}</MessageBarBody>
      </MessageBar>
    );
  const items = gate.coverage.notMapped;
  const uncertain = gate.coverage.uncertain ?? [];
  if (gate.coverage.status !== 'partial' || (!items.length && !uncertain.length)) return null;
  return (
    <>
      {items.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('notMappedTitle', lang, { count: items.length })}</MessageBarTitle>
            <ul aria-label={t('notMappedList', lang)}>
              {items.map((item) => (
                <li key={`${item.target.kind}:${item.target.id}`}>{notMappedItemText(item, lang)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {uncertain.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('uncertainTitle', lang, { count: uncertain.length })}</MessageBarTitle>
            <ul aria-label={t('uncertainList', lang)}>
              {uncertain.map((u) => (
                <li key={u.index}>{uncertainItemText(u, lang)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {onConfirm && (
        <Checkbox
          label={t('confirmPartial', lang)}
          checked={confirmed === true}
          onChange={(_, d) => onConfirm(d.checked === true)}
        />
      )}
    </>
  );
}
