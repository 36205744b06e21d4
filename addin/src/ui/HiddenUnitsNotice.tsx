import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useMemo } from 'react';
import { t, type UiLang } from '../i18n';
import { hiddenUnitLines } from '@thidua/core/sheet';
import type { Detection } from '../workflow';
import { LimitedList } from './LimitedList';

/** The units hidden inside the table (a filter, rows hidden by hand), which are not scored: each one named. */
export function HiddenUnitsNotice({ detection, lang }: { detection?: Detection; lang: UiLang }) {
  const lines = useMemo(() => (detection ? hiddenUnitLines(detection, lang) : []), [detection, lang]);
  if (!lines.length) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('hiddenUnitsTitle', lang, { count: lines.length })}</MessageBarTitle>
        <LimitedList
          items={lines}
          lang={lang}
          label={t('hiddenUnitsList', lang)}
          itemKey={(l) => l.line}
          render={(l) => `${l.line}: ${l.name}`}
        />
        {t('hiddenUnitsWhat', lang)}
      </MessageBarBody>
    </MessageBar>
  );
}
