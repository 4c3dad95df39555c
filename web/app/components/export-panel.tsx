// The CSV export of a campaign: a background job on the API. The page asks for its progress every second
// (a small resource route, not the whole page), then offers the file.
import { useEffect } from 'react';
import { Form, useFetcher, useNavigation } from 'react-router';
import { POLL_EVERY_MS } from '../lib/polling';
import { ProgressBar } from './progress-bar';

/** What the page sees of an export job (its signed download link stays on the server). */
export interface CampaignExportState { id: string; status: string; progress: number; rowCount: number; totalRows: number }

interface ExportPanelProps {
  /** The campaign page's path; the export's routes live under it. */
  base: string;
  /** The export the page was opened with (?export=…), if any. */
  job: CampaignExportState | null;
}

function isRunning(job: CampaignExportState | null): boolean {
  return job?.status === 'QUEUED' || job?.status === 'RUNNING';
}

export function ExportPanel({ base, job }: ExportPanelProps) {
  const navigation = useNavigation();
  const fetcher = useFetcher<CampaignExportState>();
  const current = fetcher.data && job && fetcher.data.id === job.id ? fetcher.data : job;
  const running = isRunning(current);
  const { state, load } = fetcher;

  useEffect(() => {
    if (!running || !current || state !== 'idle') return;
    const timer = setTimeout(() => void load(`${base}/exports/${current.id}`), POLL_EVERY_MS);
    return () => clearTimeout(timer);
  }, [running, current, state, load, base]);

  return (
    <div className="export">
      <Form method="post">
        <button type="submit" name="intent" value="export" className="button" disabled={running || navigation.state === 'submitting'}>
          Exporter les résultats (CSV)
        </button>
      </Form>
      {current && (
        <div className="export-state" role="status">
          {running && (
            <>
              <p>Préparation du fichier… {current.totalRows > 0 && `${current.rowCount} lignes sur ${current.totalRows}`}</p>
              <ProgressBar value={current.progress} label="Préparation de l'export" />
            </>
          )}
          {current.status === 'SUCCEEDED' && (
            <p>
              Le fichier est prêt ({current.rowCount} {current.rowCount > 1 ? 'lignes' : 'ligne'}) :{' '}
              <a href={`${base}/exports/${current.id}/fichier`} download className="download-link">Télécharger le fichier CSV</a>
            </p>
          )}
          {current.status === 'FAILED' && (
            <p className="alert alert-error">L'export a échoué. Relancez-le ; si le problème continue, contactez l'assistance.</p>
          )}
        </div>
      )}
    </div>
  );
}
