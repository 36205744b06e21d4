import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Switch,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useReducer, type Dispatch } from 'react';
import type { WorkbookHost } from '../adapters/host';
import type { AddinConfig } from '../config';
import { t, type StringKey, type UiLang } from '../i18n';
import { initialPaneState, paneReducer, type PaneAction, type PaneState, type StepId } from './pane-state';
import { storedConfiguration } from '../workflow';
import { CheckStep } from './CheckStep';
import { DossierStep } from './DossierStep';
import { CouncilStep } from './CouncilStep';
import { FileBar } from './FileBar';
import { FormsStep } from './FormsStep';
import { PlanStep } from './PlanStep';
import { ScoreStep } from './ScoreStep';
import { SheetStep } from './SheetStep';
import { describeError } from './errors';
import type { TokenProvider } from '../auth';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: 'border-box',
    maxWidth: '100%',
  },
  // the six steps, each label on one line and every one in sight: a pane narrower than the row (320 px) puts the
  // steps on two rows rather than scrolling some of them out of view
  tabs: {
    display: 'flex',
    flexWrap: 'wrap',
    width: '100%',
    minWidth: 0,
    rowGap: '2px',
  },
  tab: { flex: '1 0 auto', justifyContent: 'flex-start', paddingLeft: '4px', paddingRight: '4px' },
  tabText: { whiteSpace: 'nowrap', fontSize: tokens.fontSizeBase200 },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    gap: '8px',
  },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
});

const STEPS: { id: StepId; label: StringKey }[] = [
  { id: 'plan', label: 'stepPlan' },
  { id: 'sheet', label: 'stepSheet' },
  { id: 'check', label: 'stepCheck' },
  { id: 'score', label: 'stepScore' },
  { id: 'dossier', label: 'stepDossier' },
  { id: 'council', label: 'stepCouncil' },
];

export interface AppProps {
  mode: 'excel' | 'file';
  /** Excel mode: the Office.js host. File mode: undefined until a file is opened. */
  initialHost?: WorkbookHost;
  config: AddinConfig;
  tokens?: TokenProvider;
}

export function App({ mode, initialHost, config, tokens: tokenProvider }: AppProps) {
  const styles = useStyles();
  const [state, dispatch] = useReducer(paneReducer, initialHost, initialPaneState);
  const { lang, step, host } = state;
  const fail = useCallback((err: unknown) => dispatch({ type: 'error', error: err }), []);

  // A workbook opened (or the pane opened in Excel): pick up the plan and mapping stored in it.
  useEffect(() => {
    if (!host) return;
    let cancelled = false;
    storedConfiguration(host)
      .then((stored) =>
        dispatch({ type: 'workbook-read', host, settings: stored.settings, plan: stored.plan }),
      )
      .catch((err: unknown) => {
        if (!cancelled) fail(err);
      });
    return () => {
      cancelled = true;
    };
  }, [host, fail]);

  const common: StepProps = { lang, state, dispatch, onError: fail, config, tokens: tokenProvider };
  return (
    <main className={styles.root} lang={lang}>
      <header className={styles.header}>
        <Title3 as="h1">{t('appTitle', lang)}</Title3>
        <Badge appearance="tint" color={mode === 'excel' ? 'brand' : 'informative'}>
          {t(mode === 'excel' ? 'modeExcel' : 'modeFile', lang)}
        </Badge>
        {tokenProvider && (
          <Button
            size="small"
            onClick={() =>
              void tokenProvider
                .getToken()
                .then(() => dispatch({ type: 'signed-in', account: tokenProvider.account() }))
                .catch(fail)
            }
          >
            {state.account ? t('signedInAs', lang, { name: state.account }) : t('signIn', lang)}
          </Button>
        )}
        <Switch
          label={t('english', lang)}
          checked={lang === 'en'}
          onChange={(_, data) => dispatch({ type: 'lang-chosen', lang: data.checked ? 'en' : 'vi' })}
        />
      </header>
      {mode === 'file' && (
        <FileBar
          lang={lang}
          host={host}
          onOpen={(opened) => dispatch({ type: 'workbook-opened', host: opened })}
          onError={fail}
        />
      )}
      {state.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t('error', lang)}</MessageBarTitle>
            {describeError(state.error.cause, lang)}
          </MessageBarBody>
        </MessageBar>
      )}
      <TabList
        aria-label={t('steps', lang)}
        selectedValue={step}
        onTabSelect={(_, data) => dispatch({ type: 'step-chosen', step: data.value as StepId })}
        size="small"
        className={styles.tabs}
      >
        {STEPS.map((s) => (
          <Tab
            key={s.id}
            value={s.id}
            id={`tab-${s.id}`}
            aria-controls={`panel-${s.id}`}
            className={styles.tab}
            content={{ className: styles.tabText }}
          >
            {t(s.label, lang)}
          </Tab>
        ))}
      </TabList>
      <section className={styles.panel} id={`panel-${step}`} role="tabpanel" aria-labelledby={`tab-${step}`}>
        {step === 'plan' && <PlanStep {...common} />}
        {step === 'plan' && <FormsStep {...common} />}
        {step === 'sheet' && <SheetStep {...common} />}
        {step === 'check' && <CheckStep {...common} />}
        {step === 'score' && <ScoreStep {...common} />}
        {step === 'dossier' && <DossierStep {...common} />}
        {step === 'council' && <CouncilStep {...common} />}
      </section>
    </main>
  );
}

export interface StepProps {
  lang: UiLang;
  state: PaneState;
  dispatch: Dispatch<PaneAction>;
  onError: (err: unknown) => void;
  config: AddinConfig;
  tokens?: TokenProvider;
}
