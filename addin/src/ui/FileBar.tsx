import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { WorkbookHost } from '../adapters/host';
import { t, type UiLang } from '../i18n';
import { highlightCell } from './preview-bus';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    flexWrap: 'wrap',
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' },
});

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/**
 * Old and foreign spreadsheet files can be picked too: the pane then says what the file is and how to save it as
 * .xlsx, instead of hiding the official's .xls from the picker.
 */
const ACCEPT = ['.xlsx', '.xlsm', '.xls', '.xlsb', '.ods', '.csv', XLSX_TYPE].join(',');

function scoredName(title: string): string {
  return title.replace(/\.xlsx$/i, '') + ' - da cham.xlsx';
}

/** Browser mode: open an .xlsx from disk, download the scored workbook. */
export function FileBar(props: {
  lang: UiLang;
  host?: WorkbookHost;
  onOpen: (host: WorkbookHost) => void;
  onError: (err: unknown) => void;
}) {
  const { lang, host, onOpen, onError } = props;
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  const open = async (file: File) => {
    setBusy(true);
    try {
      const { openXlsx } = await import('../adapters/file');
      onOpen(await openXlsx(await file.arrayBuffer(), file.name, { onSelect: highlightCell }));
    } catch (err) {
      onError(err);
    } finally {
      setBusy(false);
    }
  };

  const download = async () => {
    if (!host?.save) return;
    try {
      const bytes = await host.save();
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
      const a = document.createElement('a');
      a.href = url;
      a.download = scoredName(host.title ?? 'thidua.xlsx');
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (err) {
      onError(err);
    }
  };

  return (
    <div className={styles.bar}>
      <input
        ref={input}
        id="xlsx-file"
        className={styles.hidden}
        type="file"
        tabIndex={-1}
        accept={ACCEPT}
        aria-label={t('openFile', lang)}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void open(file);
          e.target.value = '';
        }}
      />
      <Button appearance="primary" disabled={busy} onClick={() => input.current?.click()}>
        {t('openFile', lang)}
      </Button>
      <Text role="status">
        {host?.title ? t('openedFile', lang, { name: host.title }) : t('noFile', lang)}
      </Text>
      {host?.save && <Button onClick={() => void download()}>{t('download', lang)}</Button>}
    </div>
  );
}
