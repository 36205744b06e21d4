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
import { useCallback, useEffect, useState } from 'react';
import type { WorkbookHost } from '../adapters/host';
import type { AddinConfig } from '../config';
import { t, type StringKey, type UiLang } from '../i18n';
import type { Extraction } from '@thidua/core/sheet';
import { storedConfiguration, type Detection, type LoadedPlan, type ScoringRun } from '../workflow';
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
  // one row of the steps at 320 px: each tab an equal share of the row, its label on two lines if need be
  tabs: { display: 'flex', flexWrap: 'nowrap', width: '100%', minWidth: 0 },
  tab: { flex: '1 1 0', minWidth: 0, paddingLeft: '2px', paddingRight: '2px', justifyContent: 'center' },
  tabText: { whiteSpace: 'normal', textAlign: 'center', overflowWrap: 'anywhere', minWidth: 0 },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    gap: '8px',
  },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
});

export type StepId = 'plan' | 'sheet' | 'check' | 'score' | 'dossier' | 'council';
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

export interface PaneState {
  host?: WorkbookHost;
  loaded?: LoadedPlan;
  block?: string;
  detection?: Detection;
  extraction?: Extraction;
  run?: ScoringRun;
  settings: Record<string, string>;
}

export function App({ mode, initialHost, config, tokens: tokenProvider }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<UiLang>('vi');
  const [step, setStep] = useState<StepId>('plan');
  const [error, setError] = useState<string>();
  const [state, setState] = useState<PaneState>({ host: initialHost, settings: {} });
  const [account, setAccount] = useState<string>();
  const update = useCallback((patch: Partial<PaneState>) => setState((s) => ({ ...s, ...patch })), []);
  const fail = useCallback(
    (err: unknown) => setError(err === undefined ? undefined : describeError(err, lang)),
    [lang],
  );

  // A workbook opened (or the pane opened in Excel): pick up the plan and mapping stored in it.
  useEffect(() => {
    if (!state.host) return;
    let cancelled = false;
    storedConfiguration(state.host)
      .then((stored) => {
        if (cancelled) return;
        update({ settings: stored.settings, ...(stored.plan ? { loaded: stored.plan } : {}) });
      })
      .catch(fail);
    return () => {
      cancelled = true;
    };
  }, [state.host, update, fail]);

  const common = { lang, state, update, onError: fail, config, tokens: tokenProvider };
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
                .then(() => setAccount(tokenProvider.account()))
                .catch(fail)
            }
          >
            {account ? t('signedInAs', lang, { name: account }) : t('signIn', lang)}
          </Button>
        )}
        <Switch
          label={t('english', lang)}
          checked={lang === 'en'}
          onChange={(_, data) => setLang(data.checked ? 'en' : 'vi')}
        />
      </header>
      {mode === 'file' && (
        <FileBar
          lang={lang}
          host={state.host}
          onOpen={(host) => {
            setError(undefined);
            setState({ host, settings: {}, loaded: state.loaded, block: state.block });
          }}
          onError={fail}
        />
      )}
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t('error', lang)}</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
      <TabList
        aria-label={t('steps', lang)}
        selectedValue={step}
        onTabSelect={(_, data) => setStep(data.value as StepId)}
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
  update: (patch: Partial<PaneState>) => void;
  onError: (err: unknown) => void;
  config: AddinConfig;
  tokens?: TokenProvider;
}
